import type Database from 'better-sqlite3';
import type { ChangeLogFacts } from '../../api/schemas/backups';

/**
 * How far a workspace's change log has got: its entry count and the newest entry's hash. Each hash
 * covers every entry before it, so two backups with the same head hold the same history.
 */
export function readChangeLogFacts(db: Database.Database): ChangeLogFacts {
  const hasLog = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'change_log'").get();
  if (hasLog === undefined) return { entries: 0, head: null };
  const row = db
    .prepare(
      'SELECT (SELECT count(*) FROM change_log) AS entries, (SELECT hash FROM change_log ORDER BY seq DESC LIMIT 1) AS head',
    )
    .get() as { entries: number; head: string | null };
  return { entries: row.entries, head: row.head };
}
