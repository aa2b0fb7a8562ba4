import path from 'node:path';
import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import { connect } from './connection';
import { APPLICATION_ID, QUICK_CHECK_MAX_BYTES } from './format';
import { inspectWorkspaceFile } from './inspect-workspace-file';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/migration';
import { runMigrations } from './migrations/run-migrations';
import { writeOnlineBackup } from './online-backup';
import { workspaceOpenError } from './sqlite-errors';
import { Workspace } from './workspace';

export interface OpenOptions {
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface OpenedWorkspace {
  workspace: Workspace;
  /** The backup written before upgrading an older file, if one was needed. */
  upgradeBackup: string | null;
}

/**
 * Opens an existing workspace. Files that are not workspaces, from a newer version, damaged,
 * read-only or open elsewhere are refused before anything is written. A file from an older
 * version is first copied beside itself with the online backup API, then upgraded.
 */
export async function openWorkspace(file: string, options: OpenOptions = {}): Promise<OpenedWorkspace> {
  const migrations = options.migrations ?? allMigrations;
  const target = path.resolve(file);
  const facts = inspectWorkspaceFile(target, migrations.length);

  let db: Database.Database;
  try {
    db = connect(target, { mustExist: true });
  } catch (error) {
    throw workspaceOpenError(target, error);
  }
  try {
    verifyIdentity(db, target, migrations.length);
    if (facts.sizeBytes <= QUICK_CHECK_MAX_BYTES) assertIntact(db, target);

    let upgradeBackup: string | null = null;
    if (facts.schemaVersion < migrations.length) {
      upgradeBackup = upgradeBackupName(target, facts.schemaVersion, (options.now ?? (() => new Date()))());
      await writeOnlineBackup(db, upgradeBackup);
      runMigrations(db, migrations);
    }
    assertHasEngagement(db, target);
    return { workspace: new Workspace(db, target), upgradeBackup };
  } catch (error) {
    db.close();
    throw workspaceOpenError(target, error);
  }
}

function verifyIdentity(db: Database.Database, file: string, latest: number): void {
  // The header was read before opening; read it again through SQLite in case a log replay changed it.
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (applicationId !== APPLICATION_ID) {
    throw new ClausebookError(
      'WORKSPACE_FOREIGN',
      `${path.basename(file)} is a SQLite database, but not a Clausebook workspace.`,
    );
  }
  if (version > latest) {
    throw new ClausebookError(
      'WORKSPACE_TOO_NEW',
      `${path.basename(file)} was saved by a newer version of Clausebook (workspace format ${version}; this version reads up to ${latest}). Update Clausebook to open it.`,
    );
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
