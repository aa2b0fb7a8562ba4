import type Database from 'better-sqlite3';
import type { Workspace } from './workspace';

/**
 * The registers a workspace holds, by the name users know them by. Each register adds its table
 * here when it is built; a table missing from an older file simply does not count.
 */
export const countedTables: readonly { label: string; table: string }[] = [
  { label: 'services', table: 'service' },
  { label: 'customers', table: 'customer' },
  { label: 'suppliers', table: 'supplier' },
  { label: 'agreements', table: 'agreement' },
  { label: 'targets', table: 'target' },
  { label: 'measurements', table: 'measurement' },
  { label: 'reviews', table: 'review' },
  { label: 'assessments', table: 'assessment' },
  { label: 'evidence', table: 'evidence' },
  { label: 'findings', table: 'finding' },
  { label: 'changes', table: 'change_log' },
];

/**
 * How many records each register holds. The counts are kept by triggers in `record_count`
 * (migration 8) and the change log's is its last entry's number, so this reads a dozen rows
 * however large the registers are; a table without a kept count in a file of an older schema is
 * counted from the table.
 */
export function recordCounts(workspace: Workspace): Record<string, number> {
  const db = workspace.db;
  const present = new Set(
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
  );
  const kept = present.has('record_count') ? keptCounts(db) : new Map<string, number>();
  const counts: Record<string, number> = {};
  for (const { label, table } of countedTables) {
    if (!present.has(table)) continue;
    counts[label] =
      kept.get(table) ??
      (table === 'change_log'
        ? changeLogEntries(db)
        : (db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number));
  }
  return counts;
}

/**
 * The change log numbers its entries 1, 2, 3… with no gaps (appended only, and the chain check
 * proves the numbering), so its highest number is its count: one index seek, not a walk of
 * every entry.
 */
function changeLogEntries(db: Database.Database): number {
  return db.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck().get() as number;
}

function keptCounts(db: Database.Database): Map<string, number> {
  const rows = db.prepare('SELECT table_name, row_count FROM record_count').all() as {
    table_name: string;
    row_count: number;
  }[];
  return new Map(rows.map((row) => [row.table_name, row.row_count]));
}

/**
 * Kept counts that differ from their table's rows, for `clausebook check`; none in a sound file.
 * (A change log numbered with gaps fails the chain check itself.)
 */
export function miscountedTables(db: Database.Database): { table: string; kept: number; rows: number }[] {
  if (db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'record_count'").get() === undefined) return [];
  return [...keptCounts(db)]
    .map(([table, kept]) => ({
      table,
      kept,
      rows: db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number,
    }))
    .filter(({ kept, rows }) => kept !== rows);
}
