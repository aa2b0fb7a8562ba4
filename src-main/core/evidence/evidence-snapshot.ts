import type Database from 'better-sqlite3';
import type { ItemRef, RecordRef } from '../../api/schemas/evidence';
import { appendChange } from '../change-log/change-log';
import type { WriteContext } from '../registers/write-context';

/** The register name evidence files are logged under, and the prefix of their codes (EVD-001). */
export const EVIDENCE = 'evidence';
export const EVIDENCE_CODE_PREFIX = 'EVD';

/**
 * An evidence file's metadata and links, as the change log records it. The content is named by its
 * hash, which is enough to prove which bytes were meant; the bytes themselves are not logged.
 */
export interface EvidenceSnapshot {
  id: string;
  code: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  description: string;
  effectiveDate: string | null;
  items: ItemRef[];
  records: RecordRef[];
  addedAt: string;
  updatedAt: string;
}

export function readEvidence(db: Database.Database, id: string): EvidenceSnapshot | null {
  const row = db
    .prepare(
      `SELECT e.id, e.code, e.file_name AS fileName, e.media_type AS mediaType, b.size_bytes AS sizeBytes, e.sha256,
         e.description, e.effective_date AS effectiveDate, e.added_at AS addedAt, e.updated_at AS updatedAt
       FROM evidence e JOIN evidence_blob b ON b.sha256 = e.sha256 WHERE e.id = ?`,
    )
    .get(id) as Omit<EvidenceSnapshot, 'items' | 'records'> | undefined;
  if (!row) return null;
  const items = db
    .prepare(
      'SELECT library_id AS libraryId, item_id AS itemId FROM evidence_item WHERE evidence_id = ? ORDER BY rowid',
    )
    .all(id) as ItemRef[];
  const records = db
    .prepare('SELECT register, record_id AS id FROM evidence_record WHERE evidence_id = ? ORDER BY rowid')
    .all(id) as RecordRef[];
  const { addedAt, updatedAt, ...rest } = row;
  return { ...rest, items, records, addedAt, updatedAt };
}

export function logEvidence(
  context: WriteContext,
  before: EvidenceSnapshot | null,
  after: EvidenceSnapshot | null,
): void {
  appendChange(context.db, {
    at: context.now.toISOString(),
    actor: context.actor,
    register: EVIDENCE,
    recordId: (after ?? before)!.id,
    operation: before === null ? 'create' : after === null ? 'delete' : 'update',
    before,
    after,
  });
}
