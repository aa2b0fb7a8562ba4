import type Database from 'better-sqlite3';
import { referrersFound, type Referrer } from '../registers/references';

/**
 * The checklist entries that name a register record: assessments that cite it or are operated
 * under it (an agreement), evidence files documenting it, findings raised about it. A register
 * delete lists these before refusing, as it lists the records that point at the one deleted; the
 * database refuses such a delete regardless (see migration 0003).
 */
export function checklistReferrers(db: Database.Database, recordId: string): Referrer[] {
  return [
    ...referrersFound(
      db,
      'assessments',
      false,
      `SELECT id, item_id AS code, 'Assessment of ' || item_id AS name FROM assessment
       WHERE id IN (SELECT assessment_id FROM assessment_record WHERE record_id = ?) OR operated_by_agreement_id = ?
       ORDER BY item_id`,
      recordId,
      recordId,
    ),
    ...referrersFound(
      db,
      'evidence',
      false,
      `SELECT id, code, file_name AS name FROM evidence
       WHERE id IN (SELECT evidence_id FROM evidence_record WHERE record_id = ?) ORDER BY code`,
      recordId,
    ),
    ...referrersFound(
      db,
      'findings',
      false,
      `SELECT id, code, title AS name FROM finding
       WHERE id IN (SELECT finding_id FROM finding_record WHERE record_id = ?) ORDER BY code`,
      recordId,
    ),
  ];
}
