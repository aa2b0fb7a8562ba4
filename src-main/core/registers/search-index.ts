import type Database from 'better-sqlite3';
import type { SearchableRegister } from './register-names';

/**
 * Each register's entries sit in a block of index rowids of their own, so "matches in this
 * register" is a rowid range that FTS5 applies while it reads its doclists: no entry is read to
 * learn its register, and a count needs nothing but the index. The numbers are stored in every
 * workspace (migration 7 moved the entries into them): never change or reuse one.
 */
const searchBlocks: Record<SearchableRegister, number> = {
  services: 1,
  customers: 2,
  suppliers: 3,
  agreements: 4,
  targets: 5,
  reviews: 7,
};
const BLOCK_SIZE = 2 ** 40;

/** The first and last index rowid a register's entries may have. */
export function searchRowids(register: SearchableRegister): { first: number; last: number } {
  const first = searchBlocks[register] * BLOCK_SIZE;
  return { first, last: first + BLOCK_SIZE - 1 };
}

/** SQL for a register's `first`/`last` bounds, for statements that renumber entries in bulk. */
export function searchRowidBaseSql(registerColumn: string): string {
  const cases = Object.entries(searchBlocks)
    .map(([register, block]) => `WHEN '${register}' THEN ${block * BLOCK_SIZE}`)
    .join(' ');
  return `(CASE ${registerColumn} ${cases} END)`;
}

/** The rowid for a new entry in a register: one past the highest in its block. */
export function nextSearchRowid(db: Database.Database, register: SearchableRegister): number {
  const { first, last } = searchRowids(register);
  const highest = db
    .prepare('SELECT rowid FROM record_search WHERE rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT 1')
    .pluck()
    .get(first, last) as number | undefined;
  return (highest ?? first - 1) + 1;
}

/**
 * Keeps the full-text index over codes, names and descriptions in step with the registers. Index
 * rows are found through `record_search_key` by rowid: FTS5 would otherwise scan the whole index
 * to find a record's row, and every write would cost more as a register grows.
 */
export function indexRecord(
  db: Database.Database,
  register: SearchableRegister,
  id: string,
  fields: { code: string; name: string; description: string },
): void {
  unindexRecord(db, id);
  const rowid = nextSearchRowid(db, register);
  db.prepare(
    'INSERT INTO record_search (rowid, register, record_id, code, name, description) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(rowid, register, id, fields.code, fields.name, fields.description);
  db.prepare('INSERT INTO record_search_key (record_id, search_rowid) VALUES (?, ?)').run(id, rowid);
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
