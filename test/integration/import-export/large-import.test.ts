import { describe, expect, it } from 'vitest';
import { verifyChangeLog } from '../../../src-main/core/change-log/change-log';
import { useTempDir } from '../../helpers/temp-dir';
import { Harness } from './harness';

const TARGETS = 100;
const DAYS = 1000;

describe('a large import', () => {
  const tempDir = useTempDir();

  it(
    'imports 100,000 measurements in one transaction (time logged, not asserted)',
    { timeout: 180_000 },
    async () => {
      const h = await Harness.create(tempDir());
      const customer = await h.create('customers', { code: 'CUS-1', name: 'Bulk', kind: 'external' });
      const agreement = await h.create('agreements', {
        code: 'AGR-1',
        title: 'Bulk SLA',
        type: 'sla',
        status: 'agreed',
        customerId: customer,
      });
      for (let index = 1; index <= TARGETS; index += 1) {
        await h.create('targets', {
          code: `TGT-${index}`,
          agreementId: agreement,
          name: `Target ${index}`,
          metric: 'availability',
          comparison: '>=',
          threshold: 99,
        });
      }
      const lines = ['Target;Period start;Value;Note'];
      const start = Date.UTC(2020, 0, 1);
      for (let day = 0; day < DAYS; day += 1) {
        const period = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
        for (let target = 1; target <= TARGETS; target += 1)
          lines.push(`TGT-${target};${period};${98 + ((day * target) % 200) / 100};`);
      }
      const csv = `\ufeff${lines.join('\r\n')}\r\n`;

      let started = performance.now();
      const report = await h.import('measurements', csv);
      const firstMs = performance.now() - started;
      expect(report).toMatchObject({
        applied: true,
        rowCount: TARGETS * DAYS,
        problemCount: 0,
        counts: { create: TARGETS * DAYS },
      });
      expect(report.changes).toHaveLength(1000);
      expect(h.count('measurement')).toBe(TARGETS * DAYS);

      started = performance.now();
      const again = await h.import('measurements', csv, { dryRun: true });
      const dryRunMs = performance.now() - started;
      expect(again.counts).toEqual({ create: 0, update: 0, unchanged: TARGETS * DAYS });

      console.log(
        `100,000-row measurement CSV (${(csv.length / 1024 / 1024).toFixed(1)} MiB): import ${(firstMs / 1000).toFixed(1)} s, ` +
          `dry run of the same file against the imported rows ${(dryRunMs / 1000).toFixed(1)} s`,
      );
      expect(verifyChangeLog(h.db)).toMatchObject({ ok: true, entries: 1 + 1 + TARGETS + TARGETS * DAYS });
      h.close();
    },
  );
});
