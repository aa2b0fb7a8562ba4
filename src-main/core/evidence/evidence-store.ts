import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import type { EvidenceChanges, EvidenceSummary, LinkTarget } from '../../api/schemas/evidence';
import { nextCode } from '../registers/record-codes';
import { referrersFound, refuseIfReferenced } from '../registers/references';
import type { WriteContext } from '../registers/write-context';
import { dropBlobIfUnused, readBlob, storeBlob } from './blob-store';
import { evidenceSizeProblem } from './evidence-limits';
import { assertLinkable, evidenceNotFound, insertLink } from './evidence-links';
import { displayFileName } from './evidence-name';
import { EVIDENCE_CODE_PREFIX, logEvidence, readEvidence, type EvidenceSnapshot } from './evidence-snapshot';
import { evidenceWithContent } from './evidence-summaries';
import { mediaTypeOf } from './media-type';

export interface NewEvidenceFile {
  /** The name the user's system gave; shown only, after displayFileName made it plain. */
  fileName: string;
  /** The type the browser or system claimed, or ''. */
  mediaType: string;
  bytes: Uint8Array;
  description: string;
  effectiveDate: string | null;
  /** Items and records to link the new file to, in the same transaction. */
  links: readonly LinkTarget[];
}

export interface AddedEvidence {
  snapshot: EvidenceSnapshot;
  nameAdjusted: boolean;
  sameContentAs: EvidenceSummary[];
}

/**
 * Adds a file to the evidence library, in one transaction with its links and its change-log entry.
 *
 * The same content added again is stored once: the new evidence record points at the content
 * already there, and `sameContentAs` names the files that share it, so the UI can say so. A new
 * record rather than the old one, because the second add may be meant differently (another name,
 * description or effective date) and quietly dropping what the user entered would lose it; the
 * user can delete the duplicate record, and the shared content stays for the other.
 */
export function addEvidence(context: WriteContext, file: NewEvidenceFile): AddedEvidence {
  const { db } = context;
  const { name, adjusted } = displayFileName(file.fileName);
  const problem = evidenceSizeProblem(name, file.bytes.byteLength);
  if (problem) {
    throw new ClausebookError('VALIDATION', problem, { issues: [{ path: ['content'], message: problem }] });
  }
  const mediaType = mediaTypeOf(file.bytes, file.mediaType, name);
  return db
    .transaction(() => {
      file.links.forEach((target, index) => assertLinkable(db, target, ['links', index]));
      const sha256 = storeBlob(db, file.bytes);
      const id = randomUUID();
      const stamp = context.now.toISOString();
      db.prepare(
        `INSERT INTO evidence (id, code, file_name, media_type, sha256, description, effective_date, added_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        nextCode(db, 'evidence', EVIDENCE_CODE_PREFIX),
        name,
        mediaType,
        sha256,
        file.description,
        file.effectiveDate,
        stamp,
        stamp,
      );
      for (const target of file.links) insertLink(db, id, target);
      const snapshot = readEvidence(db, id)!;
      logEvidence(context, null, snapshot);
      return { snapshot, nameAdjusted: adjusted, sameContentAs: evidenceWithContent(db, sha256, id) };
    })
    .immediate();
}

/** Changes a file's name, description or effective date; its content never changes. */
export function updateEvidence(
  context: WriteContext,
  id: string,
  changes: EvidenceChanges,
): EvidenceSnapshot {
  const { db } = context;
  return db
    .transaction(() => {
      const before = readEvidence(db, id);
      if (!before) throw evidenceNotFound(id);
      const next = {
        fileName: changes.fileName === undefined ? before.fileName : displayFileName(changes.fileName).name,
        description: changes.description ?? before.description,
        effectiveDate: changes.effectiveDate === undefined ? before.effectiveDate : changes.effectiveDate,
      };
      if (
        next.fileName === before.fileName &&
        next.description === before.description &&
        next.effectiveDate === before.effectiveDate
      ) {
        return before;
      }
      db.prepare(
        'UPDATE evidence SET file_name = ?, description = ?, effective_date = ?, updated_at = ? WHERE id = ?',
      ).run(next.fileName, next.description, next.effectiveDate, context.now.toISOString(), id);
      const after = readEvidence(db, id)!;
      logEvidence(context, before, after);
      return after;
    })
    .immediate();
}

/**
 * Deletes an evidence file with its links; its content goes too unless another evidence file
 * shares it. Refused while a finding's corrective action is closed with it.
 */
export function deleteEvidence(context: WriteContext, id: string): { contentRemoved: boolean } {
  const { db } = context;
  return db
    .transaction(() => {
      const before = readEvidence(db, id);
      if (!before) throw evidenceNotFound(id);
      refuseIfReferenced(
        `Evidence file ${before.code} (${before.fileName})`,
        referrersFound(
          db,
          'findings',
          false,
          `SELECT f.id, f.code, f.title AS name FROM finding_closure_evidence c JOIN finding f ON f.id = c.finding_id
           WHERE c.evidence_id = ? ORDER BY f.code`,
          id,
        ),
      );
      db.prepare('DELETE FROM evidence WHERE id = ?').run(id);
      const contentRemoved = dropBlobIfUnused(db, before.sha256);
      logEvidence(context, before, null);
      return { contentRemoved };
    })
    .immediate();
}

export interface EvidenceBytes {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  bytes: Buffer;
}

/** A file's content, checked against its SHA-256 before it is handed out. */
export function readEvidenceContent(db: Database.Database, id: string): EvidenceBytes {
  const evidence = readEvidence(db, id);
  if (!evidence) throw evidenceNotFound(id);
  const bytes = readBlob(db, evidence.sha256, `evidence file ${evidence.code} (${evidence.fileName})`);
  return {
    fileName: evidence.fileName,
    mediaType: evidence.mediaType,
    sizeBytes: evidence.sizeBytes,
    sha256: evidence.sha256,
    bytes,
  };
}
