import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SearchableRegister } from '../../../src-main/core/registers/register-names';
import { nextSearchRowid, searchRowids } from '../../../src-main/core/registers/search-index';
import { migrations } from '../../../src-main/core/workspace/migrations';
import { miscountedTables } from '../../../src-main/core/workspace/record-counts';
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
    const newer = migrations.length + 1;
    db.pragma(`user_version = ${newer}`);
    expect(() => runMigrations(db, migrations)).toThrow(new RegExp(`schema ${newer}, newer`));
  });

  it('count each register’s rows as they stand, then keep the counts as rows come and go', () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations.slice(0, 7));
    const addService = db.prepare(
      `INSERT INTO service (id, code, name, description, owner, lifecycle, criticality, in_catalogue, created_at, updated_at)
       VALUES (?, ?, 'Service', '', 'Owner', 'live', 'high', 1, '2026-01-01', '2026-01-01')`,
    );
    for (const n of [1, 2, 3]) addService.run(`s${n}`, `SVC-00${n}`);

    runMigrations(db, migrations);

    const kept = () =>
      Object.fromEntries(
        db.prepare('SELECT table_name, row_count FROM record_count').raw().all() as [string, number][],
      );
    expect(kept()).toMatchObject({ service: 3, measurement: 0, finding: 0 });
    addService.run('s4', 'SVC-004');
    db.prepare("DELETE FROM service WHERE id IN ('s1', 's2')").run();
    expect(kept().service).toBe(2);
    expect(miscountedTables(db)).toEqual([]);
    // Applied again (a file whose version number was set back): the counts are taken afresh.
    migrations[7]!.up(db);
    addService.run('s5', 'SVC-005');
    expect(kept().service).toBe(3);
    expect(miscountedTables(db)).toEqual([]);
  });

  it('move search entries into their register’s block of rowids, in order, with the key map rebuilt', () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations.slice(0, 6));
    // As schema 6 left them: one sequence of rowids for every register, interleaved.
    const entries = [
      ['targets', 't1', 'TGT-001', 'Availability of payroll'],
      ['services', 's1', 'SVC-001', 'Payroll'],
      ['targets', 't2', 'TGT-002', 'Response time'],
      ['reviews', 'r1', 'REV-001', 'Payroll supplier review'],
      ['services', 's2', 'SVC-002', 'Service desk'],
    ];
    for (const [register, id, code, name] of entries) {
      const { lastInsertRowid } = db
        .prepare(
          'INSERT INTO record_search (register, record_id, code, name, description) VALUES (?, ?, ?, ?, ?)',
        )
        .run(register, id, code, name, '');
      db.prepare('INSERT INTO record_search_key (record_id, search_rowid) VALUES (?, ?)').run(
        id,
        lastInsertRowid,
      );
    }
    const payrollBefore = db
      .prepare("SELECT record_id FROM record_search WHERE record_search MATCH 'payroll' ORDER BY record_id")
      .pluck()
      .all();

    runMigrations(db, migrations);

    const moved = db.prepare('SELECT rowid, register, record_id FROM record_search ORDER BY rowid').all() as {
      rowid: number;
      register: SearchableRegister;
      record_id: string;
    }[];
    expect(moved.map((entry) => [entry.register, entry.record_id])).toEqual([
      ['services', 's1'],
      ['services', 's2'],
      ['targets', 't1'],
      ['targets', 't2'],
      ['reviews', 'r1'],
    ]);
    for (const entry of moved) {
      const { first, last } = searchRowids(entry.register);
      expect(entry.rowid).toBeGreaterThanOrEqual(first);
      expect(entry.rowid).toBeLessThanOrEqual(last);
    }
    expect(moved.map((entry) => entry.rowid)).toEqual([
      searchRowids('services').first,
      searchRowids('services').first + 1,
      searchRowids('targets').first,
      searchRowids('targets').first + 1,
      searchRowids('reviews').first,
    ]);
    const keys = db
      .prepare('SELECT record_id, search_rowid FROM record_search_key ORDER BY search_rowid')
      .all();
    expect(keys).toEqual(moved.map((entry) => ({ record_id: entry.record_id, search_rowid: entry.rowid })));
    expect(
      db
        .prepare("SELECT record_id FROM record_search WHERE record_search MATCH 'payroll' ORDER BY record_id")
        .pluck()
        .all(),
    ).toEqual(payrollBefore);
    // A new entry goes after the moved ones in its block.
    expect(nextSearchRowid(db, 'services')).toBe(searchRowids('services').first + 2);
    expect(nextSearchRowid(db, 'customers')).toBe(searchRowids('customers').first);
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
