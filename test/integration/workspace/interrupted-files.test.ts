import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src-main/core/workspace/open-workspace';
import { readEngagement } from '../../../src-main/core/engagement/engagement-store';
import { migration0001 } from '../../../src-main/core/workspace/migrations/0001-engagement';
import { runMigrations } from '../../../src-main/core/workspace/migrations/run-migrations';
import { APPLICATION_ID } from '../../../src-main/core/workspace/format';
import { folderState } from '../../helpers/file-state';
import { useTempDir } from '../../helpers/temp-dir';
import { makeWorkspaceFile } from '../../helpers/workspace-fixtures';

/**
 * Runs SQL in a separate process that dies without closing the database, as a crash would: the
 * change stays in the write-ahead log beside the file, not yet in the file itself.
 */
function crashAfter(file: string, sql: string): void {
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('wal_autocheckpoint = 0');
    db.exec(${JSON.stringify(sql)});
    process.exit(0);
  `;
  execFileSync(process.execPath, ['-e', script]);
  expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
}

describe('workspaces left behind by a crash or another tool', () => {
  const tempDir = useTempDir();

  it('recovers committed changes that were still in the log', async () => {
    const file = await makeWorkspaceFile(tempDir());
    crashAfter(file, "UPDATE engagement SET consultant_name = 'Written just before the crash'");
    const { workspace } = await openWorkspace(file);
    expect(readEngagement(workspace.db).consultantName).toBe('Written just before the crash');
    workspace.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file whose log would make it a newer version, leaving file and log as they were', async () => {
    const dir = tempDir();
    const file = await makeWorkspaceFile(dir);
    crashAfter(file, 'PRAGMA user_version = 99');
    const before = folderState(dir);
    await expect(openWorkspace(file)).rejects.toMatchObject({ code: 'WORKSPACE_TOO_NEW' });
    expect(folderState(dir)).toEqual(before);
  });

  it('refuses a file whose log removes the engagement, leaving file and log as they were', async () => {
    const dir = tempDir();
    const file = await makeWorkspaceFile(dir);
    crashAfter(file, 'DELETE FROM engagement');
    const before = folderState(dir);
    await expect(openWorkspace(file)).rejects.toMatchObject({
      code: 'WORKSPACE_CORRUPT',
      message: expect.stringContaining('has no engagement record'),
    });
    expect(folderState(dir)).toEqual(before);
  });

  it('judges a file in rollback-journal mode before switching it to WAL', async () => {
    const dir = tempDir();
    const file = await makeWorkspaceFile(dir);
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.exec('DELETE FROM engagement');
    db.close();
    const before = folderState(dir);
    await expect(openWorkspace(file)).rejects.toMatchObject({ code: 'WORKSPACE_CORRUPT' });
    expect(folderState(dir)).toEqual(before);
  });

  it('refuses an older workspace without an engagement before upgrading or backing it up', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.clausebook');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    runMigrations(db, [migration0001]);
    db.close();
    const before = folderState(dir);
    await expect(openWorkspace(file)).rejects.toMatchObject({ code: 'WORKSPACE_CORRUPT' });
    expect(folderState(dir)).toEqual(before);
  });

  it('opens an older workspace as it is when asked not to upgrade', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.clausebook');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    runMigrations(db, [migration0001]);
    db.prepare(
      "INSERT INTO engagement VALUES (1, 'Old Client', '', 'internal', NULL, '', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
    ).run();
    db.close();
    const before = folderState(dir);
    const { workspace, upgradeBackup } = await openWorkspace(file, { upgrade: false });
    expect(workspace.schemaVersion).toBe(1);
    expect(readEngagement(workspace.db).clientOrganisation).toBe('Old Client');
    workspace.close();
    expect(upgradeBackup).toBeNull();
    expect(folderState(dir)).toEqual(before);
  });

  it('refuses a named pipe instead of waiting on it forever', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe.clausebook');
    execFileSync('mkfifo', [fifo]);
    await expect(openWorkspace(fifo)).rejects.toMatchObject({
      code: 'WORKSPACE_NOT_SQLITE',
      message: 'pipe.clausebook is not a regular file, so not a Clausebook workspace.',
    });
  });
});
