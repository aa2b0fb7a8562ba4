import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src-main/core/workspace/open-workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { Harness } from './harness';

const TARGETS = 100;
const DAYS = 1000;
/**
 * Rows are checked and written in slices of about 30 ms. Two steps at the end cannot be sliced and
 * grow with the import: SQLite's commit (about 70 ms here for 100,000 rows) and the checkpoint
 * after it (about 100 ms), run with a pause between them. Without pauses the import held the
 * thread for its whole 3 s.
 */
const LONGEST_ALLOWED_GAP_MS = 150;

/** A workspace with the targets the generated file measures. */
async function workspaceWithTargets(dir: string): Promise<{ h: Harness; firstTarget: string }> {
  const h = await Harness.create(dir);
  const customer = await h.create('customers', { code: 'CUS-1', name: 'Bulk', kind: 'external' });
  const agreement = await h.create('agreements', {
    code: 'AGR-1',
    title: 'Bulk SLA',
    type: 'sla',
    status: 'agreed',
    customerId: customer,
  });
  const targets: string[] = [];
  for (let index = 1; index <= TARGETS; index += 1) {
    targets.push(
      await h.create('targets', {
        code: `TGT-${index}`,
        agreementId: agreement,
        name: `Target ${index}`,
        metric: 'availability',
        comparison: '>=',
        threshold: 99,
      }),
    );
  }
  return { h, firstTarget: targets[0]! };
}

/** 100,000 measurement rows: every target for every day; with `badLastRow`, the last row repeats the first. */
function measurementCsv(badLastRow = false): string {
  const lines = ['Target,Period start,Value,Note'];
  const start = Date.UTC(2020, 0, 1);
  for (let day = 0; day < DAYS; day += 1) {
    const period = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    for (let target = 1; target <= TARGETS; target += 1)
      lines.push(`TGT-${target},${period},${98 + ((day * target) % 200) / 100},`);
  }
  if (badLastRow) lines[lines.length - 1] = lines[1]!;
  return `${lines.join('\n')}\n`;
}

/** Runs `work` while a 5 ms timer notes the longest time the event loop went without running it. */
async function longestGapDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; gapMs: number; tookMs: number }> {
  let last = performance.now();
  let gapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gapMs = Math.max(gapMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  try {
    const result = await work();
    const tookMs = performance.now() - started;
    gapMs = Math.max(gapMs, performance.now() - last);
    return { result, gapMs, tookMs };
  } finally {
    clearInterval(timer);
  }
}

describe('a large import keeps the event loop running', () => {
  const tempDir = useTempDir();

  it(
    'imports, dry-runs and previews 100,000 measurements without holding the thread for long',
    { timeout: 300_000 },
    async () => {
      const { h } = await workspaceWithTargets(tempDir());
      const csv = measurementCsv();

      const imported = await longestGapDuring(() => h.import('measurements', csv));
      expect(imported.result).toMatchObject({
        applied: true,
        rowCount: TARGETS * DAYS,
        problemCount: 0,
        counts: { create: TARGETS * DAYS },
      });
      expect(h.count('measurement')).toBe(TARGETS * DAYS);

      const dryRun = await longestGapDuring(() => h.import('measurements', csv, { dryRun: true }));
      expect(dryRun.result.counts).toEqual({ create: 0, update: 0, unchanged: TARGETS * DAYS });

      const preview = await longestGapDuring(() =>
        h.call('registers.importPreview', {
          register: 'measurements',
          fileName: 'measurements.csv',
          content: Buffer.from(csv).toString('base64'),
          sheet: null,
          mapping: null,
          previewRows: 20,
        }),
      );
      expect(preview.result).toMatchObject({ rowCount: TARGETS * DAYS, problemCount: 0 });
      expect(preview.result.counts.unchanged).toBe(TARGETS * DAYS);

      console.log(
        `100,000 measurements: import ${imported.tookMs.toFixed(0)} ms (longest gap ${imported.gapMs.toFixed(0)} ms), ` +
          `dry run ${dryRun.tookMs.toFixed(0)} ms (gap ${dryRun.gapMs.toFixed(0)} ms), ` +
          `preview ${preview.tookMs.toFixed(0)} ms (gap ${preview.gapMs.toFixed(0)} ms)`,
      );
      expect(imported.gapMs).toBeLessThan(LONGEST_ALLOWED_GAP_MS);
      expect(dryRun.gapMs).toBeLessThan(LONGEST_ALLOWED_GAP_MS);
      expect(preview.gapMs).toBeLessThan(LONGEST_ALLOWED_GAP_MS);
      h.close();
    },
  );

  it(
    'writes nothing when the last of 100,000 rows has a problem, though the rows before it were written between pauses',
    { timeout: 300_000 },
    async () => {
      const { h, firstTarget } = await workspaceWithTargets(tempDir());
      const before = h.contentHash();

      // Another call made while the import runs waits for it, and then finds nothing imported.
      const importing = h.import('measurements', measurementCsv(true));
      const countedMeanwhile = h.call('measurements.list', { targetId: firstTarget });
      const report = await importing;
      expect(report).toMatchObject({ applied: false, problemCount: 1 });
      expect(report.problems[0]!.text).toContain(`Row ${TARGETS * DAYS + 1}:`);
      expect(await countedMeanwhile).toHaveLength(0);
      expect(h.count('measurement')).toBe(0);
      expect(h.db.inTransaction).toBe(false);
      expect(h.contentHash()).toBe(before);
      h.close();
    },
  );

  it(
    'fails clearly and keeps nothing when the workspace is closed during an import',
    { timeout: 300_000 },
    async () => {
      const { h } = await workspaceWithTargets(tempDir());
      const importing = h.dispatch('registers.import', {
        register: 'measurements',
        fileName: 'measurements.csv',
        content: Buffer.from(measurementCsv()).toString('base64'),
        dryRun: false,
        sheet: null,
        mapping: null,
      });
      // The app closes the workspace when it quits, from outside the queue of calls: the close
      // rolls the import back and still leaves one self-contained file.
      await new Promise((resolve) => setTimeout(resolve, 300));
      h.close();
      expect(existsSync(`${h.file}-wal`)).toBe(false);
      const result = await importing;
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/closed while .* import/);

      const { workspace } = await openWorkspace(h.file);
      try {
        expect(workspace.db.prepare('SELECT count(*) FROM measurement').pluck().get()).toBe(0);
      } finally {
        workspace.close();
      }
    },
  );
});
