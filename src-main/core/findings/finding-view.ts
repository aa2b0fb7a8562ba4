import type Database from 'better-sqlite3';
import type { Finding, FindingSummary } from '../../api/schemas/findings';
import { labelRecords } from '../assessment/record-labels';
import { closureEvidenceOf } from '../evidence/evidence-summaries';
import type { FindingSnapshot } from './finding-store';

/** A finding as the API shows it: records with their codes and names, closure evidence with its files. */
export function findingView(db: Database.Database, snapshot: FindingSnapshot): Finding {
  const { closureEvidenceIds: _ids, ...action } = snapshot.correctiveAction;
  return {
    ...snapshot,
    records: labelRecords(db, snapshot.records),
    correctiveAction: { ...action, closureEvidence: closureEvidenceOf(db, snapshot.id) },
  };
}

/** The findings raised against an item, by code. */
export function findingsOfItem(db: Database.Database, libraryId: string, itemId: string): FindingSummary[] {
  return db
    .prepare(
      `SELECT id, code, type, title, status FROM finding
       WHERE id IN (SELECT finding_id FROM finding_item WHERE library_id = ? AND item_id = ?) ORDER BY code`,
    )
    .all(libraryId, itemId) as FindingSummary[];
}
