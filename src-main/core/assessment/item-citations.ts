import type Database from 'better-sqlite3';
import type { ItemCitation } from '../../api/schemas/assessment';
import type { RecordRef } from '../../api/schemas/evidence';
import type { WriteContext } from '../registers/write-context';
import {
  ensureAssessmentRow,
  logAssessment,
  readAssessment,
  type AssessmentSnapshot,
} from './assessment-store';
import { requireItem, type LibraryIndex } from './library-index';
import { assertCitable } from './record-labels';

/**
 * Register records an item cites as evidence in their own right: the supplier register for 8.3.4.1,
 * an agreement for 8.3.3. A citation belongs to the item's assessment and is logged with it.
 */
export function citeRecord(
  context: WriteContext,
  index: LibraryIndex,
  itemId: string,
  record: RecordRef,
): AssessmentSnapshot | null {
  const { db } = context;
  const libraryId = index.library.id;
  return db
    .transaction(() => {
      requireItem(index, itemId);
      assertCitable(db, record, ['record', 'id']);
      const current = readAssessment(db, libraryId, itemId);
      if (current?.citedRecords.some((cited) => cited.id === record.id)) return current;
      const { before, id } = ensureAssessmentRow(context, libraryId, itemId);
      db.prepare('INSERT INTO assessment_record (assessment_id, register, record_id) VALUES (?, ?, ?)').run(
        id,
        record.register,
        record.id,
      );
      return touchAndLog(context, before, libraryId, itemId, id);
    })
    .immediate();
}

/** Removes a citation; removing one that is not there changes nothing. */
export function unciteRecord(
  context: WriteContext,
  index: LibraryIndex,
  itemId: string,
  record: RecordRef,
): AssessmentSnapshot | null {
  const { db } = context;
  const libraryId = index.library.id;
  return db
    .transaction(() => {
      requireItem(index, itemId);
      const before = readAssessment(db, libraryId, itemId);
      if (!before?.citedRecords.some((cited) => cited.id === record.id)) return before;
      db.prepare('DELETE FROM assessment_record WHERE assessment_id = ? AND record_id = ?').run(
        before.id,
        record.id,
      );
      return touchAndLog(context, before, libraryId, itemId, before.id);
    })
    .immediate();
}

function touchAndLog(
  context: WriteContext,
  before: AssessmentSnapshot | null,
  libraryId: string,
  itemId: string,
  id: string,
): AssessmentSnapshot {
  context.db.prepare('UPDATE assessment SET updated_at = ? WHERE id = ?').run(context.now.toISOString(), id);
  const after = readAssessment(context.db, libraryId, itemId)!;
  logAssessment(context, before, after);
  return after;
}

/** The items whose assessment names a record: citing it, or operated under it when it is an agreement. */
export function itemsNaming(db: Database.Database, recordId: string): ItemCitation[] {
  return db
    .prepare(
      `SELECT a.library_id AS libraryId, a.item_id AS itemId, 'cited' AS relation
       FROM assessment_record r JOIN assessment a ON a.id = r.assessment_id WHERE r.record_id = ?
       UNION ALL
       SELECT library_id, item_id, 'controlling_agreement' FROM assessment WHERE operated_by_agreement_id = ?
       ORDER BY 1, 2, 3`,
    )
    .all(recordId, recordId) as ItemCitation[];
}
