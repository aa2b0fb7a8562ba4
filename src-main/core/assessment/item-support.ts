import type Database from 'better-sqlite3';
import type { AssessmentStatus } from '../../api/schemas/assessment';

/** What backs an item's assessment up, and what is still open against it. */
export interface ItemSupport {
  /** Evidence files linked to the item. */
  evidence: number;
  /** Register records the item cites. */
  records: number;
  /** The item is operated by another party under a linked agreement, which is evidence too (8.2.3). */
  controllingAgreement: boolean;
  openFindings: number;
}

export const noSupport: ItemSupport = {
  evidence: 0,
  records: 0,
  controllingAgreement: false,
  openFindings: 0,
};

/** Whether anything at all supports the item: a file, a cited record or the controlling agreement. */
export function isSupported(support: ItemSupport): boolean {
  return support.evidence > 0 || support.records > 0 || support.controllingAgreement;
}

/**
 * "Conforming" on the consultant's word alone: an auditor will ask to see something, so the
 * checklist flags it as weak until a file or a register record supports it.
 */
export function isWeakEvidence(status: AssessmentStatus, support: ItemSupport): boolean {
  return status === 'conforming' && !isSupported(support);
}

/** The support of every item of a library that has any, in four grouped queries. */
export function itemSupport(db: Database.Database, libraryId: string): Map<string, ItemSupport> {
  const support = new Map<string, ItemSupport>();
  const entry = (itemId: string) => {
    let found = support.get(itemId);
    if (!found) {
      found = { ...noSupport };
      support.set(itemId, found);
    }
    return found;
  };
  const counted = (sql: string) => db.prepare(sql).all(libraryId) as { item_id: string; n: number }[];

  for (const row of counted(
    'SELECT item_id, count(*) AS n FROM evidence_item WHERE library_id = ? GROUP BY item_id',
  ))
    entry(row.item_id).evidence = row.n;
  for (const row of counted(
    `SELECT a.item_id, count(*) AS n FROM assessment_record r JOIN assessment a ON a.id = r.assessment_id
     WHERE a.library_id = ? GROUP BY a.item_id`,
  ))
    entry(row.item_id).records = row.n;
  for (const row of counted(
    `SELECT item_id, 1 AS n FROM assessment WHERE library_id = ? AND operated_by_agreement_id IS NOT NULL`,
  ))
    entry(row.item_id).controllingAgreement = true;
  for (const row of counted(
    `SELECT fi.item_id, count(*) AS n FROM finding_item fi JOIN finding f ON f.id = fi.finding_id
     WHERE fi.library_id = ? AND f.status = 'open' GROUP BY fi.item_id`,
  ))
    entry(row.item_id).openFindings = row.n;
  return support;
}
