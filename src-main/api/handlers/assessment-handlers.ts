import type { HandlerRegistry } from '../registry';
import type { Session } from '../../core/session';
import { assessmentDetail } from '../../core/assessment/assessment-detail';
import { listAssessments } from '../../core/assessment/assessment-list';
import { setAssessment } from '../../core/assessment/assessment-store';
import { clauseProgress } from '../../core/assessment/clause-progress';
import { itemStates, statusLookup } from '../../core/assessment/checklist-state';
import { citeRecord, itemsNaming, unciteRecord } from '../../core/assessment/item-citations';
import { libraryIndex } from '../../core/assessment/library-index';
import { nextUnassessed } from '../../core/assessment/next-unassessed';
import { writeContext } from '../../core/registers/write-context';

/** The clause checklist: each write is one transaction; every answer is read back after it. */
export function registerAssessmentHandlers(api: HandlerRegistry, session: Session): void {
  const db = () => session.require().db;

  api.register('assessments.get', ({ libraryId, itemId }) =>
    assessmentDetail(db(), libraryIndex(libraryId), itemId),
  );
  api.register('assessments.set', ({ libraryId, itemId, values }) => {
    const index = libraryIndex(libraryId);
    setAssessment(writeContext(db()), index, itemId, values);
    return assessmentDetail(db(), index, itemId);
  });
  api.register('assessments.list', ({ libraryId, ...filters }) =>
    listAssessments(db(), libraryIndex(libraryId), filters),
  );
  api.register('assessments.progress', ({ libraryId }) => {
    const index = libraryIndex(libraryId);
    return clauseProgress(index, itemStates(db(), index));
  });
  api.register('assessments.nextUnassessed', ({ libraryId, afterItemId }) => {
    const index = libraryIndex(libraryId);
    return nextUnassessed(index, statusLookup(db(), index), afterItemId);
  });
  api.register('assessments.cite', ({ libraryId, itemId, record }) => {
    const index = libraryIndex(libraryId);
    citeRecord(writeContext(db()), index, itemId, record);
    return assessmentDetail(db(), index, itemId);
  });
  api.register('assessments.uncite', ({ libraryId, itemId, record }) => {
    const index = libraryIndex(libraryId);
    unciteRecord(writeContext(db()), index, itemId, record);
    return assessmentDetail(db(), index, itemId);
  });
  api.register('assessments.citing', ({ id }) => itemsNaming(db(), id));
}
