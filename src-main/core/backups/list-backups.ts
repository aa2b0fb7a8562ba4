import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import type { BackupEntry, ChangeLogFacts } from '../../api/schemas/backups';
import { APPLICATION_ID, WORKSPACE_EXTENSION } from '../workspace/format';
import { describe } from '../workspace/inspect-workspace-file';
import { SQLITE_HEADER_BYTES, parseSqliteHeader } from '../workspace/sqlite-header';
import { parseBackupName } from './backup-name';
import { readChangeLogFacts } from './change-log-facts';

/**
 * The backups in a workspace's backups folder, newest first: time and kind (from the name), size,
 * and how far the change log had got (read from the file). Files that are not ours are ignored;
 * a backup that cannot be read is listed with no change log, so the user sees it is there.
 */
export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw new ClausebookError('IO', `The backups folder ${folder} cannot be read: ${describe(error)}.`);
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = name.endsWith(WORKSPACE_EXTENSION) ? parseBackupName(name) : null;
    if (!parsed) continue;
    const file = path.join(folder, name);
    let sizeBytes: number;
    try {
      const stats = statSync(file);
      if (!stats.isFile()) continue;
      sizeBytes = stats.size;
    } catch {
      continue; // pruned meanwhile
    }
    entries.push({
      id: parsed.id,
      kind: parsed.kind,
      takenAt: parsed.takenAt.toISOString(),
      sizeBytes,
      changeLog: readBackupChangeLog(file),
    });
  }
  return entries.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** The change log facts of a backup, or null when it is not a readable Clausebook backup. */
function readBackupChangeLog(file: string): ChangeLogFacts | null {
  // Judged from the header first: SQLite would create log files beside a file in write-ahead-log
  // mode even when reading, and our backups never are in that mode.
  const header = readHeader(file);
  if (header === null) return null;
  const parsed = parseSqliteHeader(header);
  if (parsed === null || parsed.applicationId !== APPLICATION_ID || header[18] === 2) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    return readChangeLogFacts(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

function readHeader(file: string): Uint8Array | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const bytes = new Uint8Array(SQLITE_HEADER_BYTES);
    const read = readSync(fd, bytes, 0, SQLITE_HEADER_BYTES, 0);
    return read === SQLITE_HEADER_BYTES ? bytes : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
