import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyChangeLog } from '../../../src-main/core/change-log/change-log';
import { insertEngagement } from '../../../src-main/core/engagement/engagement-store';
import { createRecordIn } from '../../../src-main/core/registers/records';
import { writeContext } from '../../../src-main/core/registers/write-context';
import { APPLICATION_ID } from '../../../src-main/core/workspace/format';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src-main/core/workspace/migrations';
import { runMigrations } from '../../../src-main/core/workspace/migrations/run-migrations';
import { openWorkspace } from '../../../src-main/core/workspace/open-workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { exampleEngagement } from '../../helpers/workspace-fixtures';
import { openHarnessOn } from '../registers/api-harness';
import { agreementInput, supplierInput } from '../registers/register-inputs';

const checklistTables = [
  'assessment',
  'assessment_record',
  'evidence',
  'evidence_blob',
  'evidence_item',
  'evidence_record',
  'finding',
  'finding_closure_evidence',
  'finding_item',
  'finding_record',
];

const tablesOf = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];

/** A workspace as the previous version wrote it: schema 2, with an engagement, a contract and its log. */
function writeSchema2Workspace(file: string): { agreementId: string } {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    runMigrations(db, migrations.slice(0, 2));
    insertEngagement(db, exampleEngagement, new Date('2026-05-01T09:00:00Z'));
    const context = writeContext(db, new Date('2026-05-01T09:05:00Z'));
    const supplier = createRecordIn(context, 'suppliers', supplierInput('Datacentre North'));
    const contract = createRecordIn(
      context,
      'agreements',
      agreementInput('Colocation contract', { type: 'contract', supplierId: supplier.id }),
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { agreementId: contract.id };
  } finally {
    db.close();
  }
}

describe('migration 3 (the clause checklist)', () => {
  const tempDir = useTempDir();

  it('is the third step', () => {
    expect(migrations[2]).toMatchObject({ version: 3, name: 'assessment' });
  });

  it('upgrades a schema-2 workspace after a backup beside it, keeping its registers and its log', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'fjordline.clausebook');
    const { agreementId } = writeSchema2Workspace(file);

    const { workspace, upgradeBackup } = await openWorkspace(file, {
      now: () => new Date('2026-11-21T10:20:30Z'),
    });
    try {
      expect(workspace.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(tablesOf(workspace.db)).toEqual(expect.arrayContaining(checklistTables));
      expect(workspace.db.prepare('SELECT title FROM agreement WHERE id = ?').pluck().get(agreementId)).toBe(
        'Colocation contract',
      );
      expect(verifyChangeLog(workspace.db)).toEqual({ ok: true, entries: 2, firstBroken: null });
      expect(workspace.db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      workspace.close();
    }

    expect(upgradeBackup).toBe(path.join(dir, 'fjordline.before-v3-20261121-102030.clausebook'));
    expect(readdirSync(dir).sort()).toEqual([
      'fjordline.before-v3-20261121-102030.clausebook',
      'fjordline.clausebook',
    ]);
    const backup = new Database(upgradeBackup!, { readonly: true });
    try {
      expect(backup.pragma('user_version', { simple: true })).toBe(2);
      expect(tablesOf(backup)).not.toContain('assessment');
      expect(backup.prepare('SELECT count(*) FROM agreement').pluck().get()).toBe(1);
    } finally {
      backup.close();
    }

    // The upgraded file is a working checklist: the old contract can control an operated item.
    const h = await openHarnessOn(file);
    try {
      const operated = await h.call('assessments.set', {
        itemId: '8.2.3-02',
        values: { status: 'operated_by_other_party', operatedByAgreementId: agreementId },
      });
      expect(operated.operatedByAgreement?.name).toBe('Colocation contract');
      expect(verifyChangeLog(h.db()).entries).toBe(3);
    } finally {
      h.close();
    }
    expect(existsSync(file)).toBe(true);
  });

  it('creates only STRICT tables with the indexes the checklist looks things up by', () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations);
    for (const table of checklistTables) {
      const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table) as string;
      expect(sql, table).toMatch(/\)\s*STRICT\s*$/);
    }
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
      .pluck()
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining([
        'evidence_item_by_item', // item → evidence
        'evidence_record_by_record', // record → evidence
        'assessment_record_by_record', // record → items
        'finding_item_by_item', // findings by item
        'finding_by_status_type', // open findings by type
        'evidence_by_sha256', // same content
      ]),
    );
    // Evidence → items is the evidence_item primary key, used by the lookup.
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT item_id FROM evidence_item WHERE evidence_id = 'x'")
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/USING (COVERING )?INDEX/);
    db.close();
  });
});
