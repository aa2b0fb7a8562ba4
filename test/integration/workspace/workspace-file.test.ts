import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../src-main/core/workspace/create-workspace';
import { openWorkspace } from '../../../src-main/core/workspace/open-workspace';
import { readEngagement, updateEngagement } from '../../../src-main/core/engagement/engagement-store';
import { checkWorkspace } from '../../../src-main/core/workspace/check-workspace';
import { writeOnlineBackup } from '../../../src-main/core/workspace/online-backup';
import { APPLICATION_ID } from '../../../src-main/core/workspace/format';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/core/workspace/migrations';
import { sha256File } from '../../helpers/file-state';
import { useTempDir } from '../../helpers/temp-dir';
import { exampleEngagement, makeWorkspaceFile } from '../../helpers/workspace-fixtures';

describe('the workspace file', () => {
  const tempDir = useTempDir();

  it('is created as one self-contained SQLite file marked as a Clausebook workspace', async () => {
    const dir = tempDir();
    const file = await makeWorkspaceFile(dir);
    expect(readdirSync(dir)).toEqual(['client.clausebook']);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('runs with WAL, synchronous FULL and foreign keys on while open', async () => {
    const { workspace } = await createWorkspace(path.join(tempDir(), 'a.clausebook'), exampleEngagement);
    expect(workspace.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(workspace.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(workspace.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(workspace.db.pragma('locking_mode', { simple: true })).toBe('exclusive');
    expect(workspace.db.pragma('secure_delete', { simple: true })).toBe(1);
    workspace.close();
  });

  it('keeps the engagement record across closing and reopening', async () => {
    const file = path.join(tempDir(), 'b.clausebook');
    const { workspace } = await createWorkspace(file, exampleEngagement, {
      now: () => new Date('2026-11-01T09:00:00Z'),
    });
    const updated = updateEngagement(
      workspace.db,
      {
        ...exampleEngagement,
        clientOrganisation: 'Ωmega Сервис GmbH',
        auditType: 'recertification',
        plannedAuditDate: null,
      },
      new Date('2026-11-02T09:00:00Z'),
    );
    expect(updated.updatedAt).toBe('2026-11-02T09:00:00.000Z');
    workspace.close();

    const reopened = await openWorkspace(file);
    expect(readEngagement(reopened.workspace.db)).toEqual({
      ...exampleEngagement,
      clientOrganisation: 'Ωmega Сервис GmbH',
      auditType: 'recertification',
      plannedAuditDate: null,
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-02T09:00:00.000Z',
    });
    reopened.workspace.close();
  });

  it('rejects engagement values the schema forbids, at the database level too', async () => {
    const { workspace } = await createWorkspace(path.join(tempDir(), 'c.clausebook'), exampleEngagement);
    expect(() => workspace.db.prepare("UPDATE engagement SET audit_type = 'gap analysis'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => workspace.db.prepare("UPDATE engagement SET client_organisation = ''").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => workspace.db.prepare("UPDATE engagement SET consultant_name = X'0102'").run()).toThrow(
      /cannot store BLOB value in TEXT column/,
    );
    expect(() =>
      workspace.db
        .prepare(
          'INSERT INTO engagement SELECT 2, client_organisation, scope_statement, audit_type, planned_audit_date, consultant_name, created_at, updated_at FROM engagement',
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    workspace.close();
  });

  it('never overwrites an existing file and leaves nothing behind when refusing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'taken.clausebook');
    writeFileSync(file, 'somebody else’s file');
    const before = sha256File(file);
    await expect(createWorkspace(file, exampleEngagement)).rejects.toMatchObject({
      code: 'WORKSPACE_EXISTS',
    });
    expect(sha256File(file)).toBe(before);
    expect(readdirSync(dir)).toEqual(['taken.clausebook']);
  });

  it('passes the integrity and foreign key checks when sound', async () => {
    const { workspace } = await createWorkspace(path.join(tempDir(), 'd.clausebook'), exampleEngagement);
    expect(checkWorkspace(workspace)).toEqual({
      ok: true,
      integrity: [],
      foreignKeys: [],
      miscounted: [],
      changeLog: { ok: true, entries: 0, firstBroken: null },
    });
    workspace.close();
  });

  it('reports a register whose kept row count differs from its rows', async () => {
    const { workspace } = await createWorkspace(path.join(tempDir(), 'f.clausebook'), exampleEngagement);
    workspace.db
      .prepare("UPDATE record_count SET row_count = row_count + 3 WHERE table_name = 'measurement'")
      .run();
    const report = checkWorkspace(workspace);
    expect(report.ok).toBe(false);
    expect(report.miscounted).toEqual([{ table: 'measurement', kept: 3, rows: 0 }]);
    workspace.close();
  });

  it('reports broken references found by the foreign key check', async () => {
    const { workspace } = await createWorkspace(path.join(tempDir(), 'e.clausebook'), exampleEngagement);
    workspace.db.exec(`
      CREATE TABLE parent (id INTEGER PRIMARY KEY) STRICT;
      CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id)) STRICT;
      PRAGMA foreign_keys = OFF;
      INSERT INTO child (id, parent_id) VALUES (1, 99);
      PRAGMA foreign_keys = ON;
    `);
    const report = checkWorkspace(workspace);
    expect(report.ok).toBe(false);
    expect(report.foreignKeys).toEqual([{ table: 'child', rowid: 1, parent: 'parent', fkid: 0 }]);
    workspace.close();
  });

  it('writes online backups that open as workspaces, and refuses to overwrite', async () => {
    const dir = tempDir();
    const { workspace } = await createWorkspace(path.join(dir, 'live.clausebook'), exampleEngagement);
    updateEngagement(
      workspace.db,
      { ...exampleEngagement, consultantName: 'Written while open' },
      new Date(),
    );
    const backup = await writeOnlineBackup(workspace.db, path.join(dir, 'copy.clausebook'));
    expect(backup.sizeBytes).toBeGreaterThan(0);
    await expect(writeOnlineBackup(workspace.db, path.join(dir, 'copy.clausebook'))).rejects.toMatchObject({
      code: 'WORKSPACE_EXISTS',
    });
    workspace.close();
    const copy = await openWorkspace(backup.path);
    expect(readEngagement(copy.workspace.db).consultantName).toBe('Written while open');
    copy.workspace.close();
    expect(readdirSync(dir).sort()).toEqual(['copy.clausebook', 'live.clausebook']);
  });
});
