import type Database from 'better-sqlite3';
import type { EvidenceSummary } from '../../api/schemas/evidence';

const select = `SELECT e.id, e.code, e.file_name AS fileName, e.media_type AS mediaType, b.size_bytes AS sizeBytes,
  e.effective_date AS effectiveDate FROM evidence e JOIN evidence_blob b ON b.sha256 = e.sha256`;

/** The evidence files linked to an item, by code. */
export function evidenceOfItem(db: Database.Database, libraryId: string, itemId: string): EvidenceSummary[] {
  return db
    .prepare(
      `${select} WHERE e.id IN (SELECT evidence_id FROM evidence_item WHERE library_id = ? AND item_id = ?)
       ORDER BY e.code`,
    )
    .all(libraryId, itemId) as EvidenceSummary[];
}

/** The evidence files a finding's corrective action is closed with, by code. */
export function closureEvidenceOf(db: Database.Database, findingId: string): EvidenceSummary[] {
  return db
    .prepare(
      `${select} WHERE e.id IN (SELECT evidence_id FROM finding_closure_evidence WHERE finding_id = ?)
       ORDER BY e.code`,
    )
    .all(findingId) as EvidenceSummary[];
}

/** Other evidence files with exactly this content. */
export function evidenceWithContent(
  db: Database.Database,
  sha256: string,
  exceptId: string,
): EvidenceSummary[] {
  return db
    .prepare(`${select} WHERE e.sha256 = ? AND e.id <> ? ORDER BY e.code`)
    .all(sha256, exceptId) as EvidenceSummary[];
}
