import { describe, expect, it } from 'vitest';
import { verifyChangeLog } from '../../../src-main/core/change-log/change-log';
import { useTempDir } from '../../helpers/temp-dir';
import { Harness, problemTexts } from './harness';
import { seedBasics } from './seed';

describe('an import is all or nothing', () => {
  const tempDir = useTempDir();

  it('writes nothing when one row of many is bad', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const before = h.contentHash();
    const rows = Array.from(
      { length: 200 },
      (_unused, index) => `CUS-${500 + index},Customer ${index},External`,
    );
    rows[150] = 'CUS-650,Customer 150,Partner';
    const report = await h.import('customers', ['Code,Name,Kind', ...rows].join('\n'));
    expect(problemTexts(report)).toEqual([
      'Row 152, column "Kind": "Partner" is not a kind of customer Clausebook knows; use External or Internal.',
    ]);
    expect(report).toMatchObject({ applied: false, counts: { create: 199 } });
    expect(h.contentHash()).toBe(before);
    h.close();
  });

  it('rolls back every write when a write fails halfway, and names the row', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const before = h.contentHash();
    // Something the checks cannot foresee (here a trigger standing in for a full disk or a bug)
    // fails the 3rd of 4 writes: the first two must not be kept.
    h.db.exec(`CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON main.service WHEN NEW.name = 'Boom'
               BEGIN SELECT RAISE(ABORT, 'the disk is full'); END`);
    const report = await h.import(
      'services',
      'Name,Lifecycle,Criticality\nOne,Live,Low\nTwo,Live,Low\nBoom,Live,Low\nFour,Live,Low\n',
    );
    expect(report.applied).toBe(false);
    expect(problemTexts(report)).toEqual(['Row 4: the disk is full']);
    expect(h.contentHash()).toBe(before);
    expect(verifyChangeLog(h.db).ok).toBe(true);
    h.close();
  });

  it('changes nothing in a dry run, and reports what would change', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const before = h.contentHash();
    const csv = [
      'Code,Name,Kind,Relationship manager',
      'CUS-001,Acme Retail,External,',
      'CUS-002,Nordic Bank,External,Eva Moe',
      ',Fjord Energy,Internal,',
    ].join('\n');
    const report = await h.import('customers', csv, { dryRun: true });
    expect(report).toMatchObject({
      dryRun: true,
      applied: false,
      problemCount: 0,
      counts: { create: 1, update: 1, unchanged: 1 },
      changes: [
        { row: 3, action: 'update', label: 'CUS-002 Nordic Bank' },
        { row: 4, action: 'create', label: 'CUS-004 Fjord Energy' },
      ],
    });
    expect(h.contentHash()).toBe(before);
    // The same file for real does what the dry run said.
    const applied = await h.import('customers', csv);
    expect(applied).toMatchObject({ applied: true, counts: report.counts, changes: report.changes });
    h.close();
  });

  it('logs every created and updated record in the change log, and nothing for unchanged rows', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const entries = h.count('change_log');
    const report = await h.import(
      'customers',
      'Code,Name,Kind\nCUS-001,Acme Retail,External\nCUS-002,Nordic Bank Group,External\nCUS-077,New Co,Internal\n',
    );
    expect(report.counts).toEqual({ create: 1, update: 1, unchanged: 1 });
    const logged = h.db
      .prepare(
        "SELECT operation, json_extract(after, '$.code') AS code FROM change_log WHERE seq > ? ORDER BY seq",
      )
      .all(entries);
    expect(logged).toEqual([
      { operation: 'update', code: 'CUS-002' },
      { operation: 'create', code: 'CUS-077' },
    ]);
    expect(verifyChangeLog(h.db).ok).toBe(true);
    h.close();
  });
});
