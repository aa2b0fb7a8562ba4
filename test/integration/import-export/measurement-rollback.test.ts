import { describe, expect, it } from 'vitest';
import { verifyChangeLog } from '../../../src-main/core/change-log/change-log';
import { useTempDir } from '../../helpers/temp-dir';
import { Harness } from './harness';

/** Measurements are written as they are checked; a problem late in the file must still undo them all. */
describe('a measurement import with a problem after many good rows', () => {
  const tempDir = useTempDir();

  it('writes nothing, names every problem by row, and leaves the change log as it was', async () => {
    const h = await Harness.create(tempDir());
    const customer = await h.create('customers', { code: 'CUS-1', name: 'Acme', kind: 'external' });
    const agreement = await h.create('agreements', {
      code: 'AGR-1',
      title: 'Acme SLA',
      type: 'sla',
      status: 'agreed',
      customerId: customer,
    });
    await h.create('targets', {
      code: 'TGT-1',
      agreementId: agreement,
      name: 'Availability',
      metric: 'availability',
      comparison: '>=',
      threshold: 99,
    });
    const entriesBefore = verifyChangeLog(h.db).entries;
    const lines = ['Target,Period start,Value'];
    for (let day = 0; day < 3000; day += 1) {
      lines.push(`TGT-1,${new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10)},99.5`);
    }
    lines.push('TGT-1,2020-01-05,98'); // row 3002: the period of row 6 again
    lines.push('TGT-9,2031-01-01,98'); // row 3003: no such target

    const report = await h.import('measurements', `${lines.join('\n')}\n`);
    expect(report.applied).toBe(false);
    expect(report.problems.map((problem) => problem.text)).toEqual([
      'Row 3002: TGT-1 has a value for the period starting 2020-01-05 in row 6 already; give each period once.',
      'Row 3003, column "Target": no target with code or name "TGT-9"',
    ]);
    expect(h.count('measurement')).toBe(0);
    expect(verifyChangeLog(h.db)).toMatchObject({ ok: true, entries: entriesBefore });

    // The same rows without the bad ones import, and a second file updates one and leaves the rest.
    const good = await h.import('measurements', `${lines.slice(0, -2).join('\n')}\n`);
    expect(good).toMatchObject({ applied: true, counts: { create: 3000, update: 0, unchanged: 0 } });
    const update = await h.import(
      'measurements',
      'Target,Period start,Value\nTGT-1,2020-01-05,97\nTGT-1,2020-01-06,99.5\n',
    );
    expect(update).toMatchObject({ applied: true, counts: { create: 0, update: 1, unchanged: 1 } });
    expect(h.count('measurement')).toBe(3000);
    expect(verifyChangeLog(h.db)).toMatchObject({ ok: true, entries: entriesBefore + 3001 });
    h.close();
  });
});
