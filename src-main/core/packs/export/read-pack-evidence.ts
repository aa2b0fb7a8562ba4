import type Database from 'better-sqlite3';
import type { PackData } from '../document/pack-data';

/**
 * The content of every evidence file the pack embeds, by SHA-256 (each distinct content once),
 * read on the thread that owns the workspace so the pack writer needs no database of its own.
 */
export function readPackEvidence(db: Database.Database, data: PackData): Map<string, Uint8Array> {
  const read = db.prepare('SELECT content FROM evidence_blob WHERE sha256 = ?').pluck();
  const contents = new Map<string, Uint8Array>();
  for (const file of data.evidence) {
    if (contents.has(file.sha256)) continue;
    const content = read.get(file.sha256) as Buffer | undefined;
    if (content) contents.set(file.sha256, content);
  }
  return contents;
}
