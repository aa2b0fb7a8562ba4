import {
  chmodSync,
  closeSync,
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src-main/core/workspace/open-workspace';
import { ClausebookError, type ErrorCode } from '../../../src-main/api/errors';
import { folderState } from '../../helpers/file-state';
import { useTempDir } from '../../helpers/temp-dir';
import { makeWorkspaceFile } from '../../helpers/workspace-fixtures';
import { startServe } from '../../helpers/cli';

/**
 * Every kind of bad file gets one clear error naming the file and the problem, and the folder
 * holding it is left exactly as it was: same files, same bytes, nothing added beside it.
 */
async function expectRefused(file: string, code: ErrorCode, message: RegExp): Promise<void> {
  const dir = path.dirname(file);
  const before = folderState(dir);
  const error = await openWorkspace(file).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ClausebookError);
  expect((error as ClausebookError).code).toBe(code);
  expect((error as ClausebookError).message).toMatch(message);
  expect((error as ClausebookError).message).toContain(path.basename(file));
  expect(folderState(dir)).toEqual(before);
}

/** A workspace with enough pages that cutting or damaging one leaves the header intact. */
async function bigWorkspace(dir: string): Promise<{ file: string; fillerRootPage: number }> {
  const file = await makeWorkspaceFile(dir);
  const db = new Database(file);
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`row ${i} `.repeat(60));
  })();
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'filler'").get() as {
    rootpage: number;
  };
  db.close();
  return { file, fillerRootPage: rootpage };
}

describe('opening bad files', () => {
  const tempDir = useTempDir();

  it('refuses a text file that is not SQLite', async () => {
    const file = path.join(tempDir(), 'notes.clausebook');
    writeFileSync(file, 'Meeting notes: the service catalogue is in the shared drive.\n'.repeat(20));
    await expectRefused(
      file,
      'WORKSPACE_NOT_SQLITE',
      /is not a Clausebook workspace: it is not a SQLite database/,
    );
  });

  it('refuses random binary bytes and an empty file', async () => {
    const binary = path.join(tempDir(), 'random.clausebook');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await expectRefused(binary, 'WORKSPACE_NOT_SQLITE', /not a SQLite database/);
    const empty = path.join(tempDir(), 'empty.clausebook');
    writeFileSync(empty, '');
    await expectRefused(empty, 'WORKSPACE_NOT_SQLITE', /is empty/);
  });

  it('refuses a SQLite database made by another program', async () => {
    const file = path.join(tempDir(), 'crm.clausebook');
    const db = new Database(file);
    db.exec('CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    await expectRefused(file, 'WORKSPACE_FOREIGN', /is a SQLite database, but not a Clausebook workspace/);
  });

  it('refuses a workspace written by a newer version of Clausebook', async () => {
    const file = await makeWorkspaceFile(tempDir(), 'future.clausebook');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    await expectRefused(
      file,
      'WORKSPACE_TOO_NEW',
      /newer version of Clausebook \(workspace format 99; this version reads up to \d+\)/,
    );
  });

  it('refuses a truncated workspace', async () => {
    const { file } = await bigWorkspace(tempDir());
    truncateSync(file, Math.floor(statSync(file).size / 2 / 4096) * 4096);
    await expectRefused(file, 'WORKSPACE_TRUNCATED', /is truncated: it holds \d+ bytes but should hold \d+/);
  });

  it('refuses a file cut in the middle of a page', async () => {
    const { file } = await bigWorkspace(tempDir());
    truncateSync(file, statSync(file).size - 1000);
    await expectRefused(file, 'WORKSPACE_TRUNCATED', /is truncated/);
  });

  it('refuses a workspace whose pages are damaged', async () => {
    const { file, fillerRootPage } = await bigWorkspace(tempDir());
    // Overwrite the b-tree page header of the table's root page with bytes no valid page has.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (fillerRootPage - 1) * 4096);
    closeSync(fd);
    await expectRefused(file, 'WORKSPACE_CORRUPT', /is damaged/);
  });

  it('refuses a workspace whose header was bit-flipped', async () => {
    const file = await makeWorkspaceFile(tempDir(), 'flipped.clausebook');
    const bytes = readFileSync(file);
    bytes[3] = bytes[3]! ^ 0x20; // "SQLite" → "SQlite"
    writeFileSync(file, bytes);
    await expectRefused(file, 'WORKSPACE_NOT_SQLITE', /not a SQLite database/);
  });

  it('refuses a read-only workspace', async () => {
    const file = await makeWorkspaceFile(tempDir(), 'readonly.clausebook');
    chmodSync(file, 0o444);
    await expectRefused(file, 'WORKSPACE_READ_ONLY', /is read-only/);
  });

  it('refuses a workspace already open in another Clausebook process', async () => {
    const file = await makeWorkspaceFile(tempDir(), 'shared.clausebook');
    const other = await startServe(file);
    try {
      await expectRefused(file, 'WORKSPACE_LOCKED', /is open in another Clausebook window or process/);
    } finally {
      await other.stop();
    }
    // Once the other process has closed it, the same file opens normally.
    const { workspace } = await openWorkspace(file);
    workspace.close();
  });

  it('says plainly when there is no file at all', async () => {
    const file = path.join(tempDir(), 'missing.clausebook');
    await expect(openWorkspace(file)).rejects.toMatchObject({
      code: 'WORKSPACE_NOT_FOUND',
      message: expect.stringContaining(file),
    });
  });
});
