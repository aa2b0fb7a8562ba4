import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import { removeLeftover } from '../../shared/remove-leftover';
import { partialPathFor } from '../../shared/partial-files';
import type { BackupEntry, ChangeLogFacts } from '../../api/schemas/backups';
import { describe } from '../workspace/inspect-workspace-file';
import { publish } from '../workspace/online-backup';
import { backupFileName, backupId, type BackupKind } from './backup-name';
import { readChangeLogFacts } from './change-log-facts';

/** `20260314-094107-123`: the part of a backup's name that says when it was taken. */
const STAMP_LENGTH = 19;

/**
 * Writes one backup of a live workspace into its backups folder with SQLite's online backup API.
 * It is built under a hidden temporary name and appears under its own name only when complete, so
 * a crash or a full disk never leaves half a backup that looks whole. The workspace is only read.
 */
export async function writeBackup(
  db: Database.Database,
  folder: string,
  kind: BackupKind,
  now: Date,
): Promise<BackupEntry> {
  try {
    // Private to the user: the copies hold everything the client shared.
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new ClausebookError(
      'IO',
      `The backups folder ${folder} could not be made: ${folderProblem(error)}. The workspace itself is unchanged.`,
    );
  }
  // Two backups within one millisecond (a restore right after a manual backup) still get two
  // times, so the names sort in the order the backups were taken.
  const timesTaken = new Set(readdirSync(folder).map((name) => name.slice(0, STAMP_LENGTH)));
  let takenAt = now;
  while (timesTaken.has(backupId(takenAt, kind).slice(0, STAMP_LENGTH)))
    takenAt = new Date(takenAt.getTime() + 1);
  const id = backupId(takenAt, kind);
  const final = path.join(folder, backupFileName(id));
  // Under a temporary name that `pruneBackups` clears if a crash leaves it behind.
  const partial = partialPathFor(final);
  try {
    await db.backup(partial);
    const changeLog = settle(partial);
    publish(partial, final);
    return { id, kind, takenAt: takenAt.toISOString(), sizeBytes: statSync(final).size, changeLog };
  } catch (error) {
    for (const leftover of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`])
      removeLeftover(leftover);
    throw new ClausebookError(
      'IO',
      `The backup could not be written: ${describe(error)}. The workspace itself is unchanged.`,
    );
  }
}

/**
 * Makes the copy a self-contained file that only its owner can read. The copy starts in the
 * workspace's write-ahead-log mode; switched to a rollback journal, it can later be read (listed,
 * checked) without SQLite creating log files beside it.
 */
function settle(file: string): ChangeLogFacts {
  chmodSync(file, 0o600);
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = DELETE');
    return readChangeLogFacts(db);
  } finally {
    db.close();
  }
}

function folderProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return code === 'EEXIST' || code === 'ENOTDIR' ? 'a file of that name is in the way' : describe(error);
}
