import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ClausebookError } from '../../api/errors';
import type { EngagementInput } from '../../api/schemas/engagement';
import { insertEngagement } from '../engagement/engagement-store';
import { configure, lockAndRead } from './connection';
import { APPLICATION_ID } from './format';
import { describe } from './inspect-workspace-file';
import { migrations } from './migrations';
import { runMigrations } from './migrations/run-migrations';
import { openWorkspace, type OpenedWorkspace } from './open-workspace';
import { publish } from './online-backup';
import { alreadyExists } from './workspace-refusals';
import { removeLeftover } from '../../shared/remove-leftover';
import { isFolder } from '../../shared/is-folder';
import type Database from 'better-sqlite3';

export interface CreateOptions {
  now?: () => Date;
  /** Fills the new workspace inside the creating transaction (the sample workspace uses it). */
  populate?: (db: Database.Database, now: Date) => void;
}

/**
 * Creates a workspace file. It is built under a temporary name beside the target and moved into
 * place only when complete, so a crash never leaves a half-made workspace under the chosen name,
 * and an existing file is never overwritten.
 */
export async function createWorkspace(
  file: string,
  engagement: EngagementInput,
  options: CreateOptions = {},
): Promise<OpenedWorkspace> {
  const target = path.resolve(file);
  const name = path.basename(target);
  if (existsSync(target)) {
    throw alreadyExists(target, 'open it, or choose another name for the new workspace');
  }
  if (!isFolder(path.dirname(target))) {
    throw new ClausebookError('IO', `The folder ${path.dirname(target)} does not exist.`);
  }
  const now = (options.now ?? (() => new Date()))();
  const building = path.join(path.dirname(target), `.${name}.${randomBytes(6).toString('hex')}.creating`);
  try {
    const db = configure(lockAndRead(building, { mustExist: false }));
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      runMigrations(db, migrations);
      db.transaction(() => {
        db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?), (?, ?)').run(
          'created_at',
          now.toISOString(),
          'created_by',
          `Clausebook schema ${migrations.length}`,
        );
        insertEngagement(db, engagement, now);
        options.populate?.(db, now);
      }).immediate();
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    publish(building, target);
  } catch (error) {
    for (const leftover of [building, `${building}-wal`, `${building}-shm`]) removeLeftover(leftover);
    if (error instanceof ClausebookError) throw error;
    throw new ClausebookError('IO', `${name} could not be created: ${describe(error)}.`);
  }
  return openWorkspace(target, { now: () => now });
}
