import type { HandlerRegistry } from '../registry';
import type { Session } from '../../core/session';
import { ClausebookError } from '../errors';
import { listFindings } from '../../core/findings/finding-list';
import { createFinding, deleteFinding, readFinding, updateFinding } from '../../core/findings/finding-store';
import { findingView } from '../../core/findings/finding-view';
import { writeContext } from '../../core/registers/write-context';

/** Findings and their corrective actions; each write is one transaction with its change-log entry. */
export function registerFindingHandlers(api: HandlerRegistry, session: Session): void {
  const db = () => session.require().db;

  api.register('findings.list', (filters) => listFindings(db(), filters));
  api.register('findings.get', ({ id }) => {
    const snapshot = readFinding(db(), id);
    if (!snapshot) {
      throw new ClausebookError(
        'NOT_FOUND',
        `There is no finding with the id ${id}; it may have been deleted.`,
      );
    }
    return findingView(db(), snapshot);
  });
  api.register('findings.create', (values) => findingView(db(), createFinding(writeContext(db()), values)));
  api.register('findings.update', ({ id, values }) =>
    findingView(db(), updateFinding(writeContext(db()), id, values)),
  );
  api.register('findings.delete', ({ id }) => {
    deleteFinding(writeContext(db()), id);
    return { deleted: id };
  });
}
