import type Database from 'better-sqlite3';
import type { LibraryIndex } from '../../../assessment/library-index';
import { attachmentName } from '../attachment-name';
import type { PackEvidenceFile } from '../pack-data';

/** An evidence file with what it is linked to, before deciding whether the pack carries it. */
export interface LinkedEvidence {
  id: string;
  file: PackEvidenceFile;
  /** Items of the pack's clause library the file supports (links to items it no longer has are left out). */
  itemIds: string[];
  /** Findings whose corrective action it closes. */
  closesFindingIds: string[];
  /** Whether it documents any register record (the registers are always in the pack). */
  documentsRecords: boolean;
}

interface EvidenceRow {
  id: string;
  code: string;
  fileName: string;
  mediaType: string;
  description: string;
  effectiveDate: string | null;
  sizeBytes: number;
  sha256: string;
  addedAt: string;
}

/**
 * Every evidence file of the workspace with its links, in four queries whatever the number of
 * files (metadata, item links, record links, closure links). The content is not read: the blob
 * table keeps its content column last, so reading the size and hash never touches the bytes.
 */
export function readEvidenceLibrary(db: Database.Database, index: LibraryIndex): Map<string, LinkedEvidence> {
  const rows = db
    .prepare(
      `SELECT e.id, e.code, e.file_name AS fileName, e.media_type AS mediaType, e.description,
         e.effective_date AS effectiveDate, b.size_bytes AS sizeBytes, e.sha256, e.added_at AS addedAt
       FROM evidence e JOIN evidence_blob b ON b.sha256 = e.sha256 ORDER BY e.code`,
    )
    .all() as EvidenceRow[];
  const library = new Map<string, LinkedEvidence>();
  for (const { id, ...row } of rows) {
    library.set(id, {
      id,
      file: { ...row, attachmentName: attachmentName(row.code, row.fileName) },
      itemIds: [],
      closesFindingIds: [],
      documentsRecords: false,
    });
  }
  const itemLinks = db
    .prepare('SELECT evidence_id AS evidenceId, item_id AS itemId FROM evidence_item WHERE library_id = ?')
    .all(index.library.id) as { evidenceId: string; itemId: string }[];
  for (const { evidenceId, itemId } of itemLinks) {
    if (index.byId.has(itemId)) library.get(evidenceId)?.itemIds.push(itemId);
  }
  const documenting = db
    .prepare('SELECT DISTINCT evidence_id FROM evidence_record')
    .pluck()
    .all() as string[];
  for (const evidenceId of documenting) {
    const entry = library.get(evidenceId);
    if (entry) entry.documentsRecords = true;
  }
  const closures = db
    .prepare(
      'SELECT evidence_id AS evidenceId, finding_id AS findingId FROM finding_closure_evidence ORDER BY rowid',
    )
    .all() as { evidenceId: string; findingId: string }[];
  for (const { evidenceId, findingId } of closures) library.get(evidenceId)?.closesFindingIds.push(findingId);
  return library;
}

/**
 * Whether the pack carries a file. With every clause included, every file is carried. With some
 * clauses left out, a file is left out only when everything it is linked to is left out too: its
 * items all belong to excluded clauses and the findings it closes are all excluded. A file that
 * documents a register record, or that nobody has linked yet, stays.
 */
export function isEvidenceInPack(
  evidence: LinkedEvidence,
  itemIncluded: (itemId: string) => boolean,
  findingIncluded: (findingId: string) => boolean,
): boolean {
  if (evidence.documentsRecords) return true;
  if (evidence.itemIds.length === 0 && evidence.closesFindingIds.length === 0) return true;
  return evidence.itemIds.some(itemIncluded) || evidence.closesFindingIds.some(findingIncluded);
}
