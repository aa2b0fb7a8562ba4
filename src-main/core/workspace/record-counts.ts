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

/** The counts last taken on a connection, and the state of the database they were taken in. */
const lastCounts = new WeakMap<Database.Database, { state: string; counts: Record<string, number> }>();

/**
 * What changes whenever a count may have: rows written on this connection (inserts, updates and
 * deletes, including those of triggers and cascades), commits by any other connection, and the
 * schema (a migration adds tables).
 */
function databaseState(db: Database.Database): string {
  const { changes } = db.prepare('SELECT total_changes() AS changes').get() as { changes: number };
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  return `${changes}/${dataVersion}/${schemaVersion}`;
}

/**
 * How many records each register holds. Counting a million measurements walks their whole index
 * (tens of milliseconds), and the app asks for the workspace summary at start-up, from the menus
 * and after every change announced anywhere, so the counts are taken again only when the database
 * has changed since they were last taken.
 */
export function recordCounts(workspace: Workspace): Record<string, number> {
  const db = workspace.db;
  const state = databaseState(db);
  const cached = lastCounts.get(db);
  if (cached?.state === state) return { ...cached.counts };
  const counts = countRecords(db);
  lastCounts.set(db, { state, counts });
  return { ...counts };
}

function countRecords(db: Database.Database): Record<string, number> {
  const present = new Set(
    (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  const counts: Record<string, number> = {};
  for (const { label, table } of countedTables) {
    if (!present.has(table)) continue;
    counts[label] = (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  }
  return counts;
}
