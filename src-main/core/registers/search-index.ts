import type Database from 'better-sqlite3';
import type { RegisterName } from './register-names';

/**
 * Keeps the full-text index over codes, names and descriptions in step with the registers. Index
 * rows are found through `record_search_key` by rowid: FTS5 would otherwise scan the whole index
 * to find a record's row, and every write would cost more as a register grows.
 */
export function indexRecord(
  db: Database.Database,
  register: RegisterName,
  id: string,
  fields: { code: string; name: string; description: string },
): void {
  unindexRecord(db, id);
  const { lastInsertRowid } = db
    .prepare(
      'INSERT INTO record_search (register, record_id, code, name, description) VALUES (?, ?, ?, ?, ?)',
    )
    .run(register, id, fields.code, fields.name, fields.description);
  db.prepare('INSERT INTO record_search_key (record_id, search_rowid) VALUES (?, ?)').run(
    id,
    lastInsertRowid,
  );
}

export function unindexRecord(db: Database.Database, id: string): void {
  const rowid = db
    .prepare('SELECT search_rowid FROM record_search_key WHERE record_id = ?')
    .pluck()
    .get(id) as number | undefined;
  if (rowid === undefined) return;
  db.prepare('DELETE FROM record_search WHERE rowid = ?').run(rowid);
  db.prepare('DELETE FROM record_search_key WHERE record_id = ?').run(id);
}

/**
 * Turns what a user typed into an FTS5 query that matches records containing every word as a
 * prefix, with FTS syntax characters neutralised. Null when nothing searchable was typed.
 */
export function ftsQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}
