import type { CheckReport } from '../../api/schemas/workspace';
import type { Workspace } from './workspace';

/** SQLite's full integrity check and foreign key check: every page, every index, every reference. */
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
  return { ok: integrity.length === 0 && foreignKeys.length === 0, integrity, foreignKeys };
}
