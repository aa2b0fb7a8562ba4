import { describe, expect, it } from 'vitest';
import { recordMeasurement } from '../../../src-main/core/registers/measurement-store';
import { writeContext } from '../../../src-main/core/registers/write-context';
import { useTempDir } from '../../helpers/temp-dir';
import { Harness, problemTexts } from './harness';
import { seedBasics } from './seed';

describe('what an import changes', () => {
  const tempDir = useTempDir();

  it('keeps what the file does not hold: columns it lacks, and the lists that are not in flat files', async () => {
    const h = await Harness.create(tempDir());
    const id = await h.create('customers', {
      code: 'CUS-001',
      name: 'Acme Retail',
      kind: 'external',
      relationshipManager: 'Ana Costa',
      description: 'Key account',
      contacts: [{ name: 'Jo', role: 'Buyer', email: '', phone: '' }],
      satisfaction: [{ measuredOn: '2026-01-15', score: 4.5, comment: 'Good' }],
      complaints: [{ receivedOn: '2026-02-01', description: 'Slow tickets', status: 'open', resolution: '' }],
    });
    const report = await h.import('customers', 'Code,Name,Kind\nCUS-001,Acme Retail Group,External\n');
    expect(report.counts).toEqual({ create: 0, update: 1, unchanged: 0 });
    expect(await h.call('customers.get', { id })).toMatchObject({
      name: 'Acme Retail Group',
      relationshipManager: 'Ana Costa',
      description: 'Key account',
      contacts: [{ name: 'Jo', role: 'Buyer' }],
      satisfaction: [{ measuredOn: '2026-01-15', score: 4.5 }],
      complaints: [{ description: 'Slow tickets' }],
    });
    h.close();
  });

  it('matches codes without regard to case and keeps the code as the workspace writes it', async () => {
    const h = await Harness.create(tempDir());
    const ids = await seedBasics(h);
    const report = await h.import(
      'services',
      'Code,Name,Lifecycle,Criticality\nsvc-002,Service desk,Live,High\n',
    );
    expect(report.changes).toEqual([{ row: 2, action: 'update', label: 'SVC-002 Service desk' }]);
    expect(await h.call('services.get', { id: ids['SVC-002']! })).toMatchObject({
      code: 'SVC-002',
      criticality: 'high',
    });
    h.close();
  });

  it('resolves references to rows of the same file: created, renamed, and depending on each other in a circle', async () => {
    const h = await Harness.create(tempDir());
    const ids = await seedBasics(h);
    const report = await h.import(
      'services',
      [
        'Code,Name,Lifecycle,Criticality,Depends on',
        'SVC-050,Frontend,Live,High,"Backend; Managed hosting"',
        'SVC-051,Backend,Live,High,Frontend',
        // SVC-001 is renamed by this file, and Frontend refers to it by its new name.
        'SVC-001,Managed hosting,Live,High,',
      ].join('\n'),
    );
    expect(problemTexts(report)).toEqual([]);
    expect(report.counts).toEqual({ create: 2, update: 1, unchanged: 0 });
    const rows = (await h.call('services.list', { search: '' })).rows;
    const id = (code: string) => rows.find((row) => row.code === code)!.id;
    expect((await h.call('services.get', { id: id('SVC-050') })).dependsOnIds).toEqual([
      id('SVC-051'),
      ids['SVC-001'],
    ]);
    expect((await h.call('services.get', { id: id('SVC-051') })).dependsOnIds).toEqual([id('SVC-050')]);
    h.close();
  });

  it('updates a measurement for the same target and period, keeps its note without a Note column, and skips equal ones', async () => {
    const h = await Harness.create(tempDir());
    const ids = await seedBasics(h);
    await h.import(
      'measurements',
      'Target,Period start,Value,Note\nTGT-001,2026-01-01,99.1,Outage\nTGT-001,2026-02-01,99.9,\n',
    );
    const report = await h.import(
      'measurements',
      'Target,Period start,Value\nTGT-001,2026-01-01,99.6\nTGT-001,2026-02-01,99.9\nFirst response,2026-01-01,3\n',
    );
    expect(report.counts).toEqual({ create: 1, update: 1, unchanged: 1 });
    const measured = await h.call('measurements.list', { targetId: ids['TGT-001']! });
    expect(measured.map(({ periodStart, value, note }) => ({ periodStart, value, note }))).toEqual([
      { periodStart: '2026-01-01', value: 99.6, note: 'Outage' },
      { periodStart: '2026-02-01', value: 99.9, note: '' },
    ]);
    h.close();
  });

  it('writes measurement change-log entries of the same shape as recording one measurement does', async () => {
    const h = await Harness.create(tempDir());
    const ids = await seedBasics(h);
    recordMeasurement(writeContext(h.db), {
      targetId: ids['TGT-001']!,
      periodStart: '2025-12-01',
      value: 99,
      note: 'by hand',
    });
    await h.import(
      'measurements',
      'Target,Period start,Value,Note\nTGT-001,2026-01-01,98,imported\nTGT-001,2025-12-01,97,again\n',
    );
    const entries = h.db
      .prepare("SELECT operation, before, after FROM change_log WHERE register = 'measurements' ORDER BY seq")
      .all() as { operation: string; before: string | null; after: string }[];
    const keys = (json: string | null) => (json === null ? null : Object.keys(JSON.parse(json)).sort());
    expect(entries.map((entry) => entry.operation)).toEqual(['create', 'create', 'update']);
    const [byHand, imported, updated] = entries;
    expect(keys(imported!.after)).toEqual(keys(byHand!.after));
    expect(keys(updated!.before)).toEqual(keys(byHand!.after));
    expect(JSON.parse(updated!.before!)).toMatchObject({ value: 99, note: 'by hand' });
    expect(JSON.parse(updated!.after)).toMatchObject({ value: 97, note: 'again' });
    h.close();
  });

  it('accepts the labels the app shows and common other names, in any case', async () => {
    const h = await Harness.create(tempDir());
    const ids = await seedBasics(h);
    const report = await h.import(
      'suppliers',
      [
        'Supplier name,Supplier type,Acting customer,Risk,Services provided',
        'Data Centre AS,EXTERNAL SUPPLIER,,high,Web hosting',
        'Finance shared services,customer acting as a supplier,Group Finance,Medium,',
        'Facilities,internal,,LOW,SVC-001; Service desk',
      ].join('\n'),
    );
    expect(problemTexts(report)).toEqual([]);
    const rows = (await h.call('suppliers.list', { search: '' })).rows;
    const byName = new Map(rows.map((row) => [row.name, row]));
    expect(byName.get('Data Centre AS')).toMatchObject({ kind: 'external', riskRating: 'high' });
    const acting = await h.call('suppliers.get', { id: byName.get('Finance shared services')!.id });
    expect(acting).toMatchObject({ kind: 'customer', customerId: ids['CUS-003'] });
    const facilities = await h.call('suppliers.get', { id: byName.get('Facilities')!.id });
    expect(facilities.providesServiceIds).toEqual([ids['SVC-001'], ids['SVC-002']]);
    h.close();
  });
});
