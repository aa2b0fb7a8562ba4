import type { CheckReport } from '../../api/schemas/workspace';
import type { Workspace } from './workspace';
import { verifyChangeLog } from '../change-log/change-log';
import { miscountedTables } from './record-counts';

/**
 * SQLite's full integrity check and foreign key check (every page, every index, every reference),
 * the row counts kept for the dashboard, and the change log's hash chain.
 */
export function checkWorkspace(workspace: Workspace): CheckReport {
  const integrity = (workspace.db.pragma('integrity_check') as { integrity_check: string }[])
    .map((row) => row.integrity_check)
    .filter((line) => line !== 'ok');
  const foreignKeys = (
    workspace.db.pragma('foreign_key_check') as {
      table: string;
      rowid: number | null;
      parent: string;
      fkid: number;
    }[]
  ).map((row) => ({ table: row.table, rowid: row.rowid, parent: row.parent, fkid: row.fkid }));
  const hasLog =
    workspace.db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'change_log'").get() !== undefined;
  const changeLog = hasLog ? verifyChangeLog(workspace.db) : { ok: true, entries: 0, firstBroken: null };
  const miscounted = miscountedTables(workspace.db);
  return {
    ok: integrity.length === 0 && foreignKeys.length === 0 && miscounted.length === 0 && changeLog.ok,
    changeLog,
    integrity,
    foreignKeys,
    miscounted,
  };
}
