import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import { removeLeftover } from '../../shared/remove-leftover';
import type { ChangeLogFacts } from '../../api/schemas/backups';
import { configure, isLockedElsewhere, lockAndRead } from '../workspace/connection';
import { APPLICATION_ID } from '../workspace/format';
import { describe, inspectWorkspaceFile } from '../workspace/inspect-workspace-file';
import { migrations } from '../workspace/migrations';
import { runMigrations } from '../workspace/migrations/run-migrations';
import type { Workspace } from '../workspace/workspace';
import { readChangeLogFacts } from './change-log-facts';
import { readWorkspaceId, writeWorkspaceId } from './workspace-id';

export interface PreparedRestore {
  /** The restored copy, beside the workspace, ready to be renamed into its place. */
  file: string;
  changeLog: ChangeLogFacts;
  /** The backup's schema version, when it was older and the copy has been brought up to date. */
  upgradedFrom: number | null;
}

/**
 * Copies a backup beside the workspace it is to replace and judges the copy: a Clausebook
 * workspace of a version this app reads, passing SQLite's full integrity and foreign key checks,
 * with its engagement, and a backup of this workspace rather than of another. The copy is then
 * brought to the current schema and given the workspace's id. On any refusal the copy is removed:
 * the workspace and the backup are exactly as they were.
 *
 * `label` names the backup in messages ("Backup 20260314-094107-123-manual", or a file name).
 */
export function prepareRestore(
  source: string,
  label: string,
  workspace: Workspace,
  workspaceId: string,
): PreparedRestore {
  const from = path.resolve(source);
  if (from === workspace.file) {
    throw refuse('CONFLICT', label, 'it is the workspace itself, not a backup of it');
  }
  judgeFile(from, label);
  // A workspace open in a Clausebook somewhere always has its log file beside it.
  if (existsSync(`${from}-wal`) && isLockedElsewhere(from)) {
    throw refuse('WORKSPACE_LOCKED', label, 'it is open in Clausebook (another window or process)');
  }

  const copy = path.join(
    path.dirname(workspace.file),
    `.${path.basename(workspace.file)}.${randomBytes(6).toString('hex')}.restoring`,
  );
  const leftovers = [copy, `${copy}-wal`, `${copy}-shm`, `${copy}-journal`];
  try {
    copyFileSync(from, copy);
    // A backup someone made by hand may still have committed pages in its log: they belong to it.
    if (existsSync(`${from}-wal`) && statSync(`${from}-wal`).size > 0)
      copyFileSync(`${from}-wal`, `${copy}-wal`);
  } catch (error) {
    for (const file of leftovers) removeLeftover(file);
    throw new ClausebookError(
      'IO',
      `${label} could not be copied beside the workspace: ${describe(error)}. Nothing was changed.`,
    );
  }

  try {
    let db: Database.Database;
    try {
      db = lockAndRead(copy, { mustExist: true });
    } catch (error) {
      throw refusalFromSqlite(label, error);
    }
    try {
      const prepared = judgeAndUpgrade(db, label, workspaceId);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      // The workspace keeps its permissions: a restore does not make a private file readable to others.
      chmodSync(copy, statSync(workspace.file).mode & 0o777);
      return { file: copy, ...prepared };
    } catch (error) {
      if (db.open) db.close();
      throw error instanceof ClausebookError ? error : refusalFromSqlite(label, error);
    }
  } catch (error) {
    for (const file of leftovers) removeLeftover(file);
    throw error;
  }
}

/** The checks that need only the file's header, made before anything is copied. */
function judgeFile(file: string, label: string): void {
  try {
    inspectWorkspaceFile(file, migrations.length);
  } catch (error) {
    if (!(error instanceof ClausebookError)) throw error;
    switch (error.code) {
      case 'WORKSPACE_READ_ONLY':
        return; // Only read; a backup on a read-only disk restores as well as any.
      case 'WORKSPACE_NOT_FOUND':
        throw new ClausebookError('NOT_FOUND', `There is no backup at ${file}. Nothing was changed.`);
      case 'WORKSPACE_NOT_SQLITE':
        throw refuse(error.code, label, 'it is not a Clausebook workspace');
      case 'WORKSPACE_FOREIGN':
        throw refuse(error.code, label, 'it is a database of another program, not a Clausebook workspace');
      case 'WORKSPACE_TOO_NEW': {
        const { schemaVersion, supported } = error.details as { schemaVersion: number; supported: number };
        throw refuse(
          error.code,
          label,
          `it was written by a newer version of Clausebook (workspace format ${schemaVersion}; this version reads up to ${supported})`,
        );
      }
      case 'WORKSPACE_TRUNCATED':
        throw refuse(error.code, label, 'it is truncated (cut short while being written or copied)');
      case 'WORKSPACE_CORRUPT':
        throw refuse(error.code, label, 'it is damaged');
      default:
        throw new ClausebookError(error.code, `${error.message} Nothing was changed.`);
    }
  }
}

function judgeAndUpgrade(
  db: Database.Database,
  label: string,
  workspaceId: string,
): Omit<PreparedRestore, 'file'> {
  if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
    throw refuse('WORKSPACE_FOREIGN', label, 'it is not a Clausebook workspace');
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
    (row) => row.integrity_check,
  );
  if (integrity.length !== 1 || integrity[0] !== 'ok') {
    throw refuse('WORKSPACE_CORRUPT', label, `it is damaged (${integrity[0] ?? 'integrity check failed'})`);
  }
  const brokenReferences = (db.pragma('foreign_key_check') as unknown[]).length;
  if (brokenReferences > 0) {
    throw refuse(
      'WORKSPACE_CORRUPT',
      label,
      `it is damaged (${brokenReferences} record${brokenReferences === 1 ? '' : 's'} point${brokenReferences === 1 ? 's' : ''} to records that are missing)`,
    );
  }
  const engagements = db.prepare('SELECT count(*) FROM engagement').pluck().get() as number;
  if (engagements !== 1) {
    throw refuse('WORKSPACE_CORRUPT', label, 'it is an incomplete workspace with no engagement record');
  }
  const backupOf = readWorkspaceId(db);
  if (backupOf !== null && backupOf !== workspaceId) {
    const client = db.prepare('SELECT client_organisation FROM engagement').pluck().get() as string;
    throw refuse(
      'CONFLICT',
      label,
      `it is a copy of another workspace (${client}), not of this one; open it as a workspace of its own instead`,
    );
  }
  configure(db);
  const upgraded = runMigrations(db, migrations);
  writeWorkspaceId(db, workspaceId);
  return { changeLog: readChangeLogFacts(db), upgradedFrom: upgraded.length > 0 ? version : null };
}

function refusalFromSqlite(label: string, error: unknown): ClausebookError {
  if (error instanceof ClausebookError) return error;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'SQLITE_NOTADB')
    return refuse('WORKSPACE_NOT_SQLITE', label, 'it is not a Clausebook workspace');
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'))
    return refuse('WORKSPACE_CORRUPT', label, 'it is damaged');
  if (code === 'SQLITE_FULL')
    return new ClausebookError(
      'IO',
      `The disk is full, so ${label} could not be restored. Nothing was changed.`,
    );
  return new ClausebookError(
    'IO',
    `${label} could not be restored: ${describe(error)}. Nothing was changed.`,
  );
}

function refuse(code: ClausebookError['code'], label: string, reason: string): ClausebookError {
  return new ClausebookError(code, `${label} cannot be restored: ${reason}. Nothing was changed.`);
}
