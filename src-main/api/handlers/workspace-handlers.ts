import { resolve } from 'node:path';
import type { HandlerRegistry } from '../registry';
import type { Session } from '../../core/session';
import { createWorkspace } from '../../core/workspace/create-workspace';
import { openWorkspace } from '../../core/workspace/open-workspace';
import { writeOnlineBackup } from '../../core/workspace/online-backup';
import { checkWorkspace } from '../../core/workspace/check-workspace';
import { createSampleWorkspace } from '../../core/sample/create-sample-workspace';
import { summarise } from './workspace-summary';
import { giveNewWorkspaceId } from '../../core/backups/workspace-id';

export function registerWorkspaceHandlers(api: HandlerRegistry, session: Session): void {
  api.register('workspace.current', (_input, context) =>
    session.workspace ? summarise(session.workspace, context) : null,
  );

  api.register('workspace.create', async ({ path, clientOrganisation }, context) => {
    const { workspace } = await createWorkspace(path, {
      clientOrganisation,
      scopeStatement: '',
      auditType: 'stage1',
      plannedAuditDate: null,
      consultantName: '',
    });
    session.replace(workspace);
    return summarise(workspace, context);
  });

  api.register('workspace.createSample', async ({ path }, context) => {
    const { workspace } = await createSampleWorkspace(path, new Date());
    session.replace(workspace);
    return summarise(workspace, context);
  });

  api.register('workspace.open', async ({ path, upgrade }, context) => {
    // Opening the file that is already open (Open Recent, a second launch) is not a conflict.
    const current = session.workspace;
    if (current && current.file === resolve(path))
      return { ...summarise(current, context), upgradeBackup: null };
    const { workspace, upgradeBackup } = await openWorkspace(path, { upgrade });
    session.replace(workspace);
    return { ...summarise(workspace, context), upgradeBackup };
  });

  api.register('workspace.close', () => {
    session.replace(null);
    return null;
  });

  api.register('workspace.saveAs', async ({ path }, context) => {
    const current = session.require();
    const copy = await writeOnlineBackup(current.db, path);
    // The copy is a new file at the current schema; the session then moves to it and closes the original.
    const { workspace } = await openWorkspace(copy.path);
    // The copy goes its own way from here: its backups must not mix with the original's.
    workspace.write(() => giveNewWorkspaceId(workspace.db));
    session.replace(workspace);
    return summarise(workspace, context);
  });

  api.register('workspace.check', () => checkWorkspace(session.require()));

  api.register('workspace.backup', ({ path }) => writeOnlineBackup(session.require().db, path));
}
