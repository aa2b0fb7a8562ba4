import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';

/**
 * Evidence content, stored once per distinct content under its SHA-256. Blobs are not records of
 * their own: the evidence rows that use them are logged (with the hash), and a blob lives exactly
 * as long as some evidence row names it.
 */

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stores the content unless the same content is already there; returns its hash. Inside a transaction. */
export function storeBlob(db: Database.Database, bytes: Uint8Array): string {
  const sha256 = sha256Of(bytes);
  db.prepare('INSERT OR IGNORE INTO evidence_blob (sha256, size_bytes, content) VALUES (?, ?, ?)').run(
    sha256,
    bytes.byteLength,
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  );
  return sha256;
}

/**
 * The content with this hash, checked against it: evidence that no longer matches its fingerprint
 * must not be shown or exported as if it were the original.
 */
export function readBlob(db: Database.Database, sha256: string, what: string): Buffer {
  const content = db.prepare('SELECT content FROM evidence_blob WHERE sha256 = ?').pluck().get(sha256) as
    Buffer | undefined;
  if (content === undefined || sha256Of(content) !== sha256) {
    throw new ClausebookError(
      'WORKSPACE_CORRUPT',
      `The stored content of ${what} ${content === undefined ? 'is missing' : 'no longer matches its SHA-256 fingerprint'}. Restore the workspace from a backup.`,
    );
  }
  return content;
}

/** Removes the content when no evidence row uses it any more; returns whether it did. */
export function dropBlobIfUnused(db: Database.Database, sha256: string): boolean {
  const result = db
    .prepare(
      'DELETE FROM evidence_blob WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM evidence WHERE sha256 = ?)',
    )
    .run(sha256, sha256);
  return result.changes > 0;
}
