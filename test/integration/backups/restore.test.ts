import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { swapWorkspaceFile } from '../../../src-main/core/backups/swap-workspace-file';
import { readWorkspaceId } from '../../../src-main/core/backups/workspace-id';
import { openWorkspace } from '../../../src-main/core/workspace/open-workspace';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/core/workspace/migrations';
import { folderState } from '../../helpers/file-state';
import { useTempDir } from '../../helpers/temp-dir';
import { makeWorkspaceFile } from '../../helpers/workspace-fixtures';
import { openBackupsHarness, type BackupsHarness } from './backups-harness';

const MINUTE = 60_000;

/** Everything a failed restore must leave alone: the workspace's folder (file and log) and the backups. */
async function untouched(h: BackupsHarness): Promise<Record<string, Record<string, string>>> {
  return { workspace: folderState(path.dirname(h.file)), backups: folderState(await h.folder()) };
}

function readConsultant(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT consultant_name FROM engagement').pluck().get() as string;
  } finally {
    db.close();
  }
}

/** Overwrites the middle of a file's pages with noise, keeping its header and length. */
function damage(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  for (let page = 1; page < pages; page += 2) bytes.fill(0xa5, page * pageSize + 8, page * pageSize + 200);
  writeFileSync(file, bytes);
}

describe('backups: list and restore', () => {
  const tempDir = useTempDir();

  it('list each backup with its time, kind, size and change log head, newest first', async () => {
    const h = await openBackupsHarness(tempDir());
    await h.addService('Managed hosting');
    const first = await h.call('backups.create', {});
    h.clock.advance(5 * MINUTE);
    await h.addService('Service desk');
    const second = await h.call('backups.create', {});

    const listing = await h.call('backups.list', {});
    expect(listing).toMatchObject({ intervalMinutes: 15, keepToday: 8, keepDays: 14, unavailable: null });
    expect(listing.backups).toEqual([second, first]);
    expect(second).toMatchObject({ kind: 'manual', takenAt: '2026-03-14T09:05:00.000Z' });
    expect(second.sizeBytes).toBe(statSync(path.join(listing.folder!, `${second.id}.clausebook`)).size);
    const db = h.session.require().db;
    const log = db.prepare('SELECT seq, hash FROM change_log ORDER BY seq').all() as { hash: string }[];
    expect(first.changeLog).toEqual({ entries: 1, head: log[0]!.hash });
    expect(second.changeLog).toEqual({ entries: 2, head: log[1]!.hash });
    h.session.closeSync();
  });

  it('keep the backups outside the workspace, in a folder of the app data named after the workspace id', async () => {
    const h = await openBackupsHarness(tempDir());
    await h.call('backups.create', {});
    const id = readWorkspaceId(h.session.require().db);
    expect(await h.folder()).toBe(path.join(h.userDataDir, 'backups', id!));
    expect(readdirSync(path.dirname(h.file))).toEqual(['client.clausebook', 'client.clausebook-wal']);
    // Private to the user.
    expect(statSync(await h.folder()).mode & 0o777).toBe(0o700);
    const [file] = await h.backupFiles();
    expect(statSync(path.join(await h.folder(), file!)).mode & 0o777).toBe(0o600);
    h.session.closeSync();
  });

  it('restore brings back the old content, and the backup taken first holds the newer content', async () => {
    const h = await openBackupsHarness(tempDir());
    await h.setConsultant('Ana Costa');
    const backup = await h.call('backups.create', {});
    h.clock.advance(MINUTE);
    await h.setConsultant('Jonas Becker');
    await h.addService('Added after the backup');

    const report = await h.call('backups.restore', { id: backup.id });
    expect(await h.consultant()).toBe('Ana Costa');
    expect((await h.call('services.list', {})).total).toBe(0);
    expect(report).toMatchObject({
      source: { id: backup.id, fileName: `${backup.id}.clausebook`, takenAt: backup.takenAt, kind: 'manual' },
      beforeRestore: { kind: 'before-restore' },
      changeLog: backup.changeLog,
      upgradedFrom: null,
    });
    expect((await h.call('workspace.check', {})).ok).toBe(true);

    // The state the restore replaced is in its own backup…
    const beforeRestore = path.join(await h.folder(), `${report.beforeRestore.id}.clausebook`);
    expect(readConsultant(beforeRestore)).toBe('Jonas Becker');
    // …and restoring that undoes the restore.
    const undo = await h.call('backups.restore', { id: report.beforeRestore.id });
    expect(await h.consultant()).toBe('Jonas Becker');
    expect((await h.call('services.list', {})).total).toBe(1);
    expect(undo.beforeRestore.id).not.toBe(report.beforeRestore.id);
    expect(readConsultant(path.join(await h.folder(), `${undo.beforeRestore.id}.clausebook`))).toBe(
      'Ana Costa',
    );

    // The file on disk is the restored workspace, not only the open connection.
    h.session.closeSync();
    expect(readdirSync(path.dirname(h.file))).toEqual(['client.clausebook']);
    expect(readConsultant(h.file)).toBe('Jonas Becker');
  });

  it('tells the session, so the app reloads, and takes no "on open" backup of what was just restored', async () => {
    const h = await openBackupsHarness(tempDir(), { rollingBackups: true });
    const backup = await h.call('backups.create', {});
    await h.addService('Added after the backup');
    let changes = 0;
    h.session.onChange(() => (changes += 1));
    const previous = h.session.require();

    await h.call('backups.restore', { id: backup.id });
    expect(changes).toBe(1);
    expect(h.session.require()).not.toBe(previous);
    expect(previous.isOpen).toBe(false);
    const kinds = (await h.call('backups.list', {})).backups.map((entry) => entry.kind);
    expect(kinds).toEqual(['before-restore', 'manual', 'on-open']);
    // Nothing changed since the restore: the timer has nothing to back up.
    h.clock.advance(30 * MINUTE);
    expect(await h.backupFiles()).toHaveLength(3);
    h.session.closeSync();
  });

  it('refuse a damaged backup with a clear message, and change nothing', async () => {
    const h = await openBackupsHarness(tempDir());
    await h.addService('Managed hosting');
    const backup = await h.call('backups.create', {});
    await h.addService('Service desk');
    damage(path.join(await h.folder(), `${backup.id}.clausebook`));
    const before = await untouched(h);

    const error = await h.failure('backups.restore', { id: backup.id });
    expect(error).toEqual({
      code: 'WORKSPACE_CORRUPT',
      message: expect.stringMatching(
        new RegExp(
          `^Backup ${backup.id} cannot be restored: it is damaged( \\(.+\\))?\\. Nothing was changed\\.$`,
        ),
      ) as unknown,
    });
    expect(await untouched(h)).toEqual(before);
    expect((await h.call('services.list', {})).total).toBe(2);
    h.session.closeSync();
  });

  it('refuse a truncated backup, and change nothing', async () => {
    const h = await openBackupsHarness(tempDir());
    const backup = await h.call('backups.create', {});
    const file = path.join(await h.folder(), `${backup.id}.clausebook`);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = await untouched(h);
    expect(await h.failure('backups.restore', { id: backup.id })).toEqual({
      code: 'WORKSPACE_TRUNCATED',
      message: `Backup ${backup.id} cannot be restored: it is truncated (cut short while being written or copied). Nothing was changed.`,
    });
    expect(await untouched(h)).toEqual(before);
    h.session.closeSync();
  });

  it('refuse files that are not backups of this workspace, and change nothing', async () => {
    const dir = tempDir();
    const h = await openBackupsHarness(dir);
    await h.call('backups.create', {});
    const others = path.join(dir, 'others');
    mkdirSync(others);
    const notes = path.join(others, 'notes.clausebook');
    writeFileSync(notes, 'Meeting notes, not a database.\n'.repeat(20));
    const otherClient = await makeWorkspaceFile(others, 'other-client.clausebook', {
      clientOrganisation: 'Harbourline Logistics',
      scopeStatement: '',
      auditType: 'stage1',
      plannedAuditDate: null,
      consultantName: '',
    });
    const newer = await makeWorkspaceFile(others, 'newer.clausebook');
    const db = new Database(newer);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const sources = folderState(others);
    const before = await untouched(h);

    const cases: [string, string, string][] = [
      [
        notes,
        'WORKSPACE_NOT_SQLITE',
        'notes.clausebook cannot be restored: it is not a Clausebook workspace.',
      ],
      [
        otherClient,
        'CONFLICT',
        'other-client.clausebook cannot be restored: it is a copy of another workspace (Harbourline Logistics), not of this one; open it as a workspace of its own instead.',
      ],
      [
        newer,
        'WORKSPACE_TOO_NEW',
        `newer.clausebook cannot be restored: it was written by a newer version of Clausebook (workspace format ${LATEST_SCHEMA_VERSION + 1}; this version reads up to ${LATEST_SCHEMA_VERSION}).`,
      ],
      [
        h.file,
        'CONFLICT',
        'client.clausebook cannot be restored: it is the workspace itself, not a backup of it.',
      ],
      [
        path.join(others, 'missing.clausebook'),
        'NOT_FOUND',
        `There is no backup at ${path.join(others, 'missing.clausebook')}.`,
      ],
    ];
    for (const [file, code, message] of cases) {
      expect(await h.failure('backups.restoreFile', { path: file }), file).toEqual({
        code,
        message: `${message} Nothing was changed.`,
      });
    }
    expect(await untouched(h)).toEqual(before);
    expect(folderState(others)).toEqual(sources);
    h.session.closeSync();
  });

  it('names backups by id only: anything else is refused before a file is looked at', async () => {
    const h = await openBackupsHarness(tempDir());
    for (const id of ['../../client', '20260314-090000-000-manual/../x', '', 'C:\\backups\\x.clausebook']) {
      expect((await h.failure('backups.restore', { id })).code, id).toBe('VALIDATION');
    }
    expect(await h.failure('backups.restore', { id: '20260101-000000-000-manual' })).toEqual({
      code: 'NOT_FOUND',
      message:
        'There is no backup 20260101-000000-000-manual of this workspace; it may have been pruned since the list was shown. Nothing was changed.',
    });
    // A page is not told where the backups are kept, and may not name a file on this machine at all.
    expect(await h.pageCall('backups.list', {})).toMatchObject({ ok: true, value: { folder: null } });
    expect(await h.pageCall('backups.restoreFile', { path: h.file })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    h.session.closeSync();
  });

  it('restore a backup written by an older version, bringing it up to date', async () => {
    const dir = tempDir();
    const h = await openBackupsHarness(dir);
    await h.setConsultant('Before the upgrade');
    const old = path.join(dir, 'old-copy.clausebook');
    await h.call('workspace.backup', { path: old });
    await h.setConsultant('Now');
    // As version 4 wrote it: no workspace id yet.
    const db = new Database(old);
    db.prepare("DELETE FROM workspace_meta WHERE key = 'workspace_id'").run();
    db.pragma('user_version = 4');
    db.close();

    const report = await h.call('backups.restoreFile', { path: old });
    expect(report.upgradedFrom).toBe(4);
    expect(report.source).toEqual({ id: null, fileName: 'old-copy.clausebook', takenAt: null, kind: null });
    expect(await h.consultant()).toBe('Before the upgrade');
    const workspace = h.session.require();
    expect(workspace.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    // Still the same workspace: its backups stay together.
    expect(path.basename(await h.folder())).toBe(readWorkspaceId(workspace.db));
    expect((await h.call('backups.list', {})).backups.map((entry) => entry.kind)).toEqual(['before-restore']);
    h.session.closeSync();
  });

  it('restore nothing when the current state cannot be backed up first', async () => {
    const dir = tempDir();
    const h = await openBackupsHarness(dir);
    const backup = await h.call('backups.create', {});
    await h.addService('Kept');
    const folder = await h.folder();
    const copy = path.join(dir, 'copy-of-backup.clausebook');
    copyFileSync(path.join(folder, `${backup.id}.clausebook`), copy);
    // A file where the backups folder should be: the backup before the restore cannot be written.
    rmSync(folder, { recursive: true });
    writeFileSync(folder, 'in the way');
    const workspaceBefore = folderState(path.dirname(h.file));

    expect(await h.failure('backups.restoreFile', { path: copy })).toEqual({
      code: 'IO',
      message: `The current state could not be backed up first, so nothing was restored. The backups folder ${folder} could not be made: a file of that name is in the way. The workspace itself is unchanged.`,
    });
    expect(folderState(path.dirname(h.file))).toEqual(workspaceBefore);
    expect((await h.call('services.list', {})).total).toBe(1);
    h.session.closeSync();
  });

  it('put the old file back and carry on with it when the restored copy will not open', async () => {
    const dir = tempDir();
    const file = await makeWorkspaceFile(dir);
    const { workspace } = await openWorkspace(file);
    workspace.write(() => workspace.db.prepare("UPDATE engagement SET consultant_name = 'Kept'").run());
    const prepared = path.join(dir, '.client.clausebook.prepared');
    writeFileSync(prepared, 'not a workspace at all'.repeat(100));

    const outcome = await swapWorkspaceFile(workspace, prepared);
    expect(outcome.failure?.message).toMatch(
      /^The restored workspace could not be opened \(.+\); client\.clausebook was put back as it was\.$/,
    );
    expect(workspace.isOpen).toBe(false);
    const reopened = outcome.workspace!;
    expect(reopened.db.prepare('SELECT consultant_name FROM engagement').pluck().get()).toBe('Kept');
    reopened.close();
    expect(readdirSync(dir)).toEqual(['client.clausebook']);
  });

  it('give a Save As copy its own backups', async () => {
    const dir = tempDir();
    const h = await openBackupsHarness(dir);
    const originalFolder = await h.folder();
    await h.call('backups.create', {});
    await h.call('workspace.saveAs', { path: path.join(dir, 'work', 'copy.clausebook') });
    expect(await h.folder()).not.toBe(originalFolder);
    expect((await h.call('backups.list', {})).backups).toEqual([]);
    expect(existsSync(originalFolder)).toBe(true);
    h.session.closeSync();
  });

  it('prune by the retention policy after each backup', async () => {
    const h = await openBackupsHarness(tempDir());
    for (let index = 0; index < 11; index += 1) {
      await h.call('backups.create', {});
      h.clock.advance(MINUTE);
    }
    const { backups } = await h.call('backups.list', {});
    expect(backups).toHaveLength(8);
    expect(backups[0]!.takenAt).toBe('2026-03-14T09:10:00.000Z');
    expect(backups.at(-1)!.takenAt).toBe('2026-03-14T09:03:00.000Z');
    h.session.closeSync();
  });
});
