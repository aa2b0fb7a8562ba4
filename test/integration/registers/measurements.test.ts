import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src-main/api/schemas/registers/target';
import { useTempDir } from '../../helpers/temp-dir';
import { openHarness, parsed } from './api-harness';
import { agreementInput, customerInput, targetInput } from './register-inputs';

/** For each comparison against a threshold of 10: values that meet it and values that breach it. */
const verdicts: [Comparison, met: number[], breached: number[]][] = [
  ['>=', [10, 10.5], [9.99]],
  ['<=', [10, 3], [10.01]],
  ['>', [10.01], [10, 9]],
  ['<', [9.99], [10, 11]],
  ['=', [10, 10 + 1e-12], [10.001, 9.9]],
];

describe('measurements', () => {
  const tempDir = useTempDir();

  async function withSla() {
    const h = await openHarness(tempDir());
    const customer = await h.call('customers.create', customerInput('Acme Retail'));
    const sla = await h.call('agreements.create', agreementInput('Acme SLA', { customerId: customer.id }));
    return { h, sla };
  }

  it('are judged met or breached for every comparison, and not judged without a threshold', async () => {
    const { h, sla } = await withSla();
    try {
      for (const [comparison, met, breached] of verdicts) {
        const target = await h.call(
          'targets.create',
          targetInput(`Target ${comparison}`, sla.id, { comparison, threshold: 10 }),
        );
        const values = [...met, ...breached];
        for (const [index, value] of values.entries()) {
          const periodStart = `2025-${String(index + 1).padStart(2, '0')}-01`;
          const recorded = await h.call('measurements.record', { targetId: target.id, periodStart, value });
          expect(recorded.met, `${value} ${comparison} 10`).toBe(index < met.length);
        }
        const listed = await h.call('measurements.list', { targetId: target.id });
        expect(listed.map((m) => m.met)).toEqual(values.map((_, index) => index < met.length));
      }
      const open = await h.call(
        'targets.create',
        targetInput('Draft', sla.id, { comparison: null, threshold: null }),
      );
      const unjudged = await h.call('measurements.record', {
        targetId: open.id,
        periodStart: '2025-01-01',
        value: 5,
      });
      expect(unjudged.met).toBeNull();
      const noThreshold = await h.call(
        'targets.create',
        targetInput('Half', sla.id, { comparison: '>=', threshold: null }),
      );
      expect(
        (
          await h.call('measurements.record', {
            targetId: noThreshold.id,
            periodStart: '2025-01-01',
            value: 5,
          })
        ).met,
      ).toBeNull();
    } finally {
      h.close();
    }
  });

  it('replace the value of the same period, logging the change; the same value again writes nothing', async () => {
    const { h, sla } = await withSla();
    try {
      const target = await h.call('targets.create', targetInput('Availability', sla.id));
      const first = await h.call('measurements.record', {
        targetId: target.id,
        periodStart: '2026-03-01',
        value: 99.5,
        note: 'Provisional',
      });
      const replaced = await h.call('measurements.record', {
        targetId: target.id,
        periodStart: '2026-03-01',
        value: 99.92,
        note: 'Final figure',
      });
      expect(replaced).toMatchObject({ id: first.id, value: 99.92, note: 'Final figure', met: true });
      expect(await h.call('measurements.list', { targetId: target.id })).toEqual([replaced]);

      const entry = h.changeLog().at(-1)!;
      expect(entry).toMatchObject({
        register: 'measurements',
        operation: 'update',
        record_id: first.id,
        actor: 'Ana Costa',
      });
      const { met: _before, ...firstStored } = first;
      const { met: _after, ...replacedStored } = replaced;
      expect(parsed(entry.before)).toEqual(firstStored);
      expect(parsed(entry.after)).toEqual(replacedStored);

      const logLength = h.changeLog().length;
      await h.call('measurements.record', {
        targetId: target.id,
        periodStart: '2026-03-01',
        value: 99.92,
        note: 'Final figure',
      });
      expect(h.changeLog()).toHaveLength(logLength);
    } finally {
      h.close();
    }
  });

  it('are listed oldest period first, and the target list follows the latest period, not the latest entry', async () => {
    const { h, sla } = await withSla();
    try {
      const target = await h.call('targets.create', targetInput('Availability', sla.id));
      for (const [periodStart, value] of [
        ['2026-03-01', 99.95],
        ['2026-01-01', 99.1],
        ['2026-02-01', 99.99],
      ] as const) {
        await h.call('measurements.record', { targetId: target.id, periodStart, value });
      }
      const listed = await h.call('measurements.list', { targetId: target.id });
      expect(listed.map((m) => m.periodStart)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
      const row = (await h.call('targets.list', {})).rows[0]!;
      expect(row).toMatchObject({ latestPeriod: '2026-03-01', latestValue: 99.95, latestMet: true });
      // Entering an older breached period does not change the latest.
      await h.call('measurements.record', { targetId: target.id, periodStart: '2025-12-01', value: 90 });
      expect((await h.call('targets.list', { filters: { breached: 'yes' } })).total).toBe(0);
    } finally {
      h.close();
    }
  });

  it('are deleted one at a time with a log entry, and a second delete finds nothing', async () => {
    const { h, sla } = await withSla();
    try {
      const target = await h.call('targets.create', targetInput('Availability', sla.id));
      const kept = await h.call('measurements.record', {
        targetId: target.id,
        periodStart: '2026-01-01',
        value: 99.95,
      });
      const doomed = await h.call('measurements.record', {
        targetId: target.id,
        periodStart: '2026-02-01',
        value: 98,
      });
      expect((await h.call('targets.list', { filters: { breached: 'yes' } })).total).toBe(1);

      expect(await h.call('measurements.delete', { id: doomed.id })).toBeNull();
      expect(await h.call('measurements.list', { targetId: target.id })).toEqual([kept]);
      expect((await h.call('targets.list', { filters: { breached: 'yes' } })).total).toBe(0);
      const entry = h.changeLog().at(-1)!;
      expect(entry).toMatchObject({ register: 'measurements', operation: 'delete', record_id: doomed.id });
      expect(entry.after).toBeNull();
      expect((await h.failure('measurements.delete', { id: doomed.id })).code).toBe('NOT_FOUND');

      const badDate = await h.failure('measurements.record', {
        targetId: target.id,
        periodStart: '2026-02-30',
        value: 1,
      });
      expect(badDate).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: ['periodStart'] }] } });
    } finally {
      h.close();
    }
  });
});
