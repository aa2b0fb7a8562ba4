import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import { configure, isLockedElsewhere, lockAndRead } from './connection';
import { APPLICATION_ID, QUICK_CHECK_MAX_BYTES } from './format';
import { inspectWorkspaceFile } from './inspect-workspace-file';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/migration';
import { runMigrations } from './migrations/run-migrations';
import { writeOnlineBackup } from './online-backup';
import { workspaceOpenError } from './sqlite-errors';
import { Workspace } from './workspace';
import { foreignFile, tooNew } from './workspace-refusals';

export interface OpenOptions {
  migrations?: readonly Migration[];
  now?: () => Date;
  /**
   * Upgrade a file written by an older version (the default). Without it an older file is opened
   * as it is, for commands that only read it (`info`, `check`, `backup`).
   */
  upgrade?: boolean;
}

export interface OpenedWorkspace {
  workspace: Workspace;
  /** The backup written before upgrading an older file, if one was needed. */
  upgradeBackup: string | null;
}

/**
 * Opens an existing workspace. Files that are not workspaces, from a newer version, damaged,
 * read-only or open elsewhere are refused before anything is written, and nothing is created
 * beside them. A file from an older version is first copied beside itself with the online
 * backup API, then upgraded in one transaction.
 */
export async function openWorkspace(file: string, options: OpenOptions = {}): Promise<OpenedWorkspace> {
  const migrations = options.migrations ?? allMigrations;
  const target = path.resolve(file);
  const facts = inspectWorkspaceFile(target, migrations.length);

  // A log left by a crash is replayed into the file when the last connection closes, even when
  // we then refuse the file. So judge a copy of file and log first; recovery happens only for a
  // file that passes.
  if (hasPendingLog(target)) {
    if (isLockedElsewhere(target)) throw workspaceOpenError(target, { code: 'SQLITE_BUSY' });
    judgeCopy(target, migrations.length, facts.sizeBytes);
  }

  let db: Database.Database;
  try {
    db = lockAndRead(target, { mustExist: true });
  } catch (error) {
    throw workspaceOpenError(target, error);
  }
  let upgradeBackup: string | null = null;
  try {
    judge(db, target, migrations.length, facts.sizeBytes);
    configure(db);
    if (facts.schemaVersion < migrations.length && options.upgrade !== false) {
      upgradeBackup = upgradeBackupName(target, facts.schemaVersion, (options.now ?? (() => new Date()))());
      await writeOnlineBackup(db, upgradeBackup);
      runMigrations(db, migrations);
    }
    return { workspace: new Workspace(db, target), upgradeBackup };
  } catch (error) {
    db.close();
    // A failed upgrade leaves the file as it was; its backup is then only clutter.
    if (upgradeBackup !== null) rmSync(upgradeBackup, { force: true });
    throw workspaceOpenError(target, error);
  }
}

/** Every reason to refuse a file that SQLite can open, checked before anything is written. */
function judge(db: Database.Database, file: string, latest: number, sizeBytes: number): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (applicationId !== APPLICATION_ID) throw foreignFile(file);
  if (version > latest) throw tooNew(file, version, latest);
  if (sizeBytes <= QUICK_CHECK_MAX_BYTES) assertIntact(db, file);
  assertHasEngagement(db, file);
}

function judgeCopy(file: string, latest: number, sizeBytes: number): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'clausebook-recovery-'));
  const copy = path.join(dir, path.basename(file));
  try {
    copyFileSync(file, copy);
    copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = lockAndRead(copy, { mustExist: true });
    try {
      judge(db, file, latest, sizeBytes);
    } finally {
      db.close();
    }
  } catch (error) {
    throw workspaceOpenError(file, error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function hasPendingLog(file: string): boolean {
  try {
    return statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

function assertIntact(db: Database.Database, file: string): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new ClausebookError(
      'WORKSPACE_CORRUPT',
      `${path.basename(file)} is damaged (${rows[0]?.quick_check ?? 'unknown damage'}). Restore it from a backup.`,
    );
  }
}

function assertHasEngagement(db: Database.Database, file: string): void {
  const row = db.prepare('SELECT count(*) AS n FROM engagement').get() as { n: number };
  if (row.n !== 1) {
    throw new ClausebookError(
      'WORKSPACE_CORRUPT',
      `${path.basename(file)} is an incomplete Clausebook workspace: it has no engagement record. Restore it from a backup.`,
    );
  }
}

/** `Client.clausebook` → `Client.before-v2-20261121-235959.clausebook`, beside the original. */
export function upgradeBackupName(file: string, fromVersion: number, now: Date): string {
  const extension = path.extname(file);
  const base = file.slice(0, file.length - extension.length);
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${base}.before-v${fromVersion + 1}-${stamp}${extension || '.clausebook'}`;
}
