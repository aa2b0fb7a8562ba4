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

export function recordCounts(workspace: Workspace): Record<string, number> {
  const present = new Set(
    (
      workspace.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
    ).map((row) => row.name),
  );
  const counts: Record<string, number> = {};
  for (const { label, table } of countedTables) {
    if (!present.has(table)) continue;
    counts[label] = (workspace.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  }
  return counts;
}
