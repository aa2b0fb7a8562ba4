import type Database from 'better-sqlite3';
import type { LibraryIndex } from '../../../assessment/library-index';
import type { FindingRow as StoredFinding } from '../../../findings/finding-store';
import type { PackEvidenceFile, PackFinding } from '../pack-data';
import type { LinkedEvidence } from './evidence-library';
import { pushTo } from './group';
import { labelledRecords } from './labelled-records';

type FindingRow = Omit<StoredFinding, 'created_at' | 'updated_at'>;

export interface CollectedFindings {
  /** The findings the pack shows, by code, each with its id in the workspace. */
  findings: { id: string; finding: PackFinding }[];
  included: ReadonlySet<string>;
}

/**
 * The findings of the pack with their items, records and corrective action, in four queries. A
 * finding is in the pack when it names no item of the library (it concerns the registers or the
 * SMS as a whole) or at least one of its items belongs to an included clause.
 */
export function collectFindings(
  db: Database.Database,
  index: LibraryIndex,
  itemIncluded: (itemId: string) => boolean,
  evidence: ReadonlyMap<string, LinkedEvidence>,
): CollectedFindings {
  const libraryId = index.library.id;
  const rows = db.prepare('SELECT * FROM finding ORDER BY code').all() as FindingRow[];
  const itemsOf = new Map<string, string[]>();
  const itemLinks = db
    .prepare(
      'SELECT finding_id AS findingId, item_id AS itemId FROM finding_item WHERE library_id = ? ORDER BY rowid',
    )
    .all(libraryId) as { findingId: string; itemId: string }[];
  for (const { findingId, itemId } of itemLinks) pushTo(itemsOf, findingId, itemId);
  const recordsOf = labelledRecords(
    db,
    'SELECT finding_id AS owner, register, record_id, rowid AS ord FROM finding_record',
  );
  const closureOf = new Map<string, PackEvidenceFile[]>();
  for (const entry of evidence.values()) {
    for (const findingId of entry.closesFindingIds) pushTo(closureOf, findingId, entry.file);
  }

  const findings: CollectedFindings['findings'] = [];
  for (const row of rows) {
    const itemIds = (itemsOf.get(row.id) ?? []).filter((itemId) => index.byId.has(itemId));
    if (itemIds.length > 0 && !itemIds.some(itemIncluded)) continue;
    findings.push({
      id: row.id,
      finding: {
        code: row.code,
        type: row.type,
        title: row.title,
        status: row.status,
        description: row.description,
        raisedOn: row.raised_on,
        items: itemIds.map((itemId) => ({ id: itemId, summary: index.byId.get(itemId)!.item.summary })),
        records: recordsOf.get(row.id) ?? [],
        correctiveAction: {
          description: row.action_description,
          owner: row.action_owner,
          dueDate: row.action_due_date,
          status: row.action_status,
          closureEvidence: (closureOf.get(row.id) ?? []).sort((a, b) => a.code.localeCompare(b.code)),
        },
      },
    });
  }
  return { findings, included: new Set(findings.map(({ id }) => id)) };
}
