import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/core/workspace/migrations';
import type { Migration } from '../../../src-main/core/workspace/migrations/migration';
import { runMigrations } from '../../../src-main/core/workspace/migrations/run-migrations';
import { openWorkspace, upgradeBackupName } from '../../../src-main/core/workspace/open-workspace';
import { folderState, sha256File } from '../../helpers/file-state';
import { useTempDir } from '../../helpers/temp-dir';
import { makeWorkspaceFile } from '../../helpers/workspace-fixtures';

const latest = migrations.length;

const addNotes: Migration = {
  version: latest + 1,
  name: 'notes',
  up(db) {
    db.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  },
};

const failing: Migration = {
  version: latest + 1,
  name: 'broken',
  up(db) {
    db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
    throw new Error('step failed half way');
  },
};

const tables = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((row) => row.name);

describe('migrations', () => {
  const tempDir = useTempDir();

  it('are numbered one per file, from 1 without gaps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('apply in order on an empty database and set user_version', () => {
    const db = new Database(':memory:');
    expect(runMigrations(db, [...migrations, addNotes])).toEqual([
      ...migrations.map((m) => m.version),
      latest + 1,
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(latest + 1);
    expect(tables(db)).toEqual(expect.arrayContaining(['engagement', 'note', 'workspace_meta']));
    expect(runMigrations(db, [...migrations, addNotes])).toEqual([]);
  });

  it('create only STRICT tables (the search index aside, which is a virtual table)', () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations);
    const sql = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'record_search%'")
      .all() as { name: string; sql: string }[];
    expect(sql.length).toBeGreaterThan(10);
    for (const table of sql) expect(table.sql, table.name).toMatch(/\)\s*STRICT(,\s*WITHOUT ROWID)?\s*$/);
    const virtual = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'record_search'").pluck().get();
    expect(virtual).toMatch(/^CREATE VIRTUAL TABLE record_search USING fts5/);
  });

  it('roll back entirely when a step fails: no table, no version change', () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations);
    expect(() => runMigrations(db, [...migrations, failing])).toThrow('step failed half way');
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(tables(db)).not.toContain('half_done');
  });

  it('refuse a list with a gap in its numbering', () => {
    const db = new Database(':memory:');
    expect(() => runMigrations(db, [...migrations, { ...addNotes, version: latest + 2 }])).toThrow(
      `numbered ${latest + 2}; expected ${latest + 1}`,
    );
  });

  it('refuse a database from a newer schema', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 7');
    expect(() => runMigrations(db, migrations)).toThrow(/schema 7, newer/);
  });

  it('upgrade an older workspace only after writing an online backup beside it', async () => {
    const dir = tempDir();
    const file = await makeWorkspaceFile(dir, 'acme.clausebook');
    const originalHash = sha256File(file);
    const now = new Date('2026-11-21T10:20:30Z');

    const { workspace, upgradeBackup } = await openWorkspace(file, {
      migrations: [...migrations, addNotes],
      now: () => now,
    });
    expect(workspace.schemaVersion).toBe(latest + 1);
    expect(tables(workspace.db)).toContain('note');
    workspace.close();

    expect(upgradeBackup).toBe(path.join(dir, `acme.before-v${latest + 1}-20261121-102030.clausebook`));
    expect(existsSync(upgradeBackup!)).toBe(true);
    // The backup is the old workspace, still at the old schema.
    const backup = new Database(upgradeBackup!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(latest);
    expect(tables(backup)).not.toContain('note');
    expect(backup.prepare('SELECT client_organisation FROM engagement').pluck().get()).toBe(
      'Fjordline Hosting AS',
    );
    backup.close();
    expect(sha256File(file)).not.toBe(originalHash);
  });

  it('write no backup when the file is already current', async () => {
    const dir = tempDir();
    const file = await makeWorkspaceFile(dir);
    const { workspace, upgradeBackup } = await openWorkspace(file);
    workspace.close();
    expect(upgradeBackup).toBeNull();
    expect(readdirSync(dir)).toEqual(['client.clausebook']);
  });

  it('leave the file and its folder untouched when an upgrade step fails', async () => {
    const dir = tempDir();
    const file = await makeWorkspaceFile(dir);
    const before = folderState(dir);
    await expect(openWorkspace(file, { migrations: [...migrations, failing] })).rejects.toThrow(
      /step failed half way/,
    );
    expect(folderState(dir)).toEqual(before);
    const { workspace } = await openWorkspace(file);
    expect(workspace.schemaVersion).toBe(latest);
    workspace.close();
  });

  it('name upgrade backups after the version and time', () => {
    expect(upgradeBackupName('/w/Client.clausebook', 3, new Date('2027-01-02T03:04:05Z'))).toBe(
      '/w/Client.before-v4-20270102-030405.clausebook',
    );
  });
});
