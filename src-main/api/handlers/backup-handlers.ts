import type { Session } from '../../core/session';
import { ROLLING_INTERVAL_MINUTES } from '../../core/backups/rolling-backups';
import type { WorkspaceBackups } from '../../core/backups/workspace-backups';
import type { HandlerRegistry } from '../registry';

export interface BackupHandlerOptions {
  /** Whether this process takes backups by itself (the app, `serve`), for the list to say so. */
  automatic: boolean;
}

export function registerBackupHandlers(
  api: HandlerRegistry,
  session: Session,
  backups: WorkspaceBackups,
  options: BackupHandlerOptions,
): void {
  api.register('backups.list', (_input, context) => {
    const listing = backups.list(session.require());
    return {
      ...listing,
      // A page in a browser has no business knowing where the user keeps files.
      folder: context.transport === 'http' ? null : listing.folder,
      automatic: options.automatic,
      intervalMinutes: ROLLING_INTERVAL_MINUTES,
    };
  });

  api.register('backups.create', () => backups.create(session.require(), 'manual'));

  api.register('backups.restore', ({ id }) => backups.restore(session, { id }));

  api.register('backups.restoreFile', ({ path }) => backups.restore(session, { file: path }));
}
