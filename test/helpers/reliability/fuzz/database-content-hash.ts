import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

interface TableInfo {
  schema: string;
  name: string;
  type: string;
  wr: number;
  ncol: number;
}

/**
 * A SHA-256 of everything a workspace holds: the schema, the user version, and every row of every
 * table (the full-text index's shadow tables included) in a fixed order — by rowid, or by every
 * column for a table without one. Two equal hashes mean no row was added, changed or removed.
 */
export function databaseContentHash(db: Database.Database): string {
  const hash = createHash('sha256');
  hash.update(`user_version=${String(db.pragma('user_version', { simple: true }))}\n`);
  const schema = db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .raw()
    .all();
  hash.update(JSON.stringify(schema));
  const tables = (db.pragma('table_list') as TableInfo[])
    // The virtual full-text table is read through its shadow tables, which hold what it stores.
    .filter(
      (table) =>
        table.schema === 'main' &&
        (table.type === 'table' || table.type === 'shadow') &&
        !table.name.startsWith('sqlite_'),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const table of tables) {
    const order =
      table.wr === 1
        ? Array.from({ length: table.ncol }, (_, index) => String(index + 1)).join(', ')
        : 'rowid';
    const select = table.wr === 1 ? '*' : 'rowid, *';
    const rows = db
      .prepare(`SELECT ${select} FROM "${table.name}" ORDER BY ${order}`)
      .raw()
      .all() as unknown[][];
    // JSON keeps types apart (1 and "1", null and "null"); blobs go in as base64.
    hash.update(`\ntable ${table.name}\n`);
    for (const row of rows)
      for (let index = 0; index < row.length; index++) {
        const value = row[index];
        if (Buffer.isBuffer(value)) row[index] = { blob: value.toString('base64') };
      }
    hash.update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}
