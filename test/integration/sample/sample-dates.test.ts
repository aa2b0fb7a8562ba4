import type Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src-main/api/handlers';
import { createSampleWorkspace } from '../../../src-main/core/sample/create-sample-workspace';
import { Session } from '../../../src-main/core/session';
import { useTempDir } from '../../helpers/temp-dir';
import { sampleContent } from './sample-content';

async function contentOn(file: string, now: Date) {
  const { workspace } = await createSampleWorkspace(file, now);
  try {
    return sampleContent(workspace.db);
  } finally {
    workspace.close();
  }
}

function citations(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM assessment_record').get() as { n: number }).n;
}

/** The same calendar date `days` later, as YYYY-MM-DD. */
function shifted(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the sample workspace over time', () => {
  const tempDir = useTempDir();

  it('reads the same every time it is made for the same day', async () => {
    const now = new Date('2026-03-10T09:30:00Z');
    const first = await contentOn(path.join(tempDir(), 'a.clausebook'), now);
    const second = await contentOn(path.join(tempDir(), 'b.clausebook'), now);
    expect(second).toEqual(first);
    expect(first.measurements!.length).toBeGreaterThan(800);
  });

  it('keeps its dates relative to the day it is made', async () => {
    // 364 days: the same weekday and, here, the same day of the month a year on.
    const earlier = await contentOn(path.join(tempDir(), 'a.clausebook'), new Date('2026-03-10T09:30:00Z'));
    const later = await contentOn(path.join(tempDir(), 'b.clausebook'), new Date('2027-03-09T09:30:00Z'));
    const column = (rows: unknown[], index: number) => rows.map((row) => (row as unknown[])[index]);
    // Agreement review dates are counted in days from today.
    expect(column(later.agreements!, 9)).toEqual(
      column(earlier.agreements!, 9).map((date) => (date === null ? null : shifted(date as string, 364))),
    );
    expect(column(later.reviews!, 3)).toEqual(
      column(earlier.reviews!, 3).map((date) => shifted(date as string, 364)),
    );
    // Measurements cover the 18 months before the month it is made in.
    const periods = (rows: unknown[]) => [...new Set(column(rows, 1))].sort();
    expect(periods(earlier.measurements!).at(-1)).toBe('2026-02-01');
    expect(periods(later.measurements!).at(-1)).toBe('2027-02-01');
    expect(periods(later.measurements!)[0]).toBe('2025-09-01');
    // The stories stay the same: names, targets and breaches do not depend on the day.
    expect(later.services).toEqual(earlier.services);
    expect(later.targets).toEqual(earlier.targets);
  });

  it('is what the app writes on first launch, through workspace.createSample', async () => {
    const session = new Session();
    const api = createApi(session, { appVersion: '0.0.0-test' });
    const file = path.join(tempDir(), 'Sample.clausebook');
    const started = performance.now();
    const result = await api.dispatch(
      'workspace.createSample',
      { path: file },
      { transport: 'cli', access: 'local' },
    );
    console.log(`workspace.createSample took ${(performance.now() - started).toFixed(0)} ms`);
    try {
      expect(result.ok).toBe(true);
      const summary = (result as { ok: true; value: { counts: Record<string, number> } }).value;
      expect(summary.counts).toMatchObject({
        services: 24,
        customers: 12,
        suppliers: 13,
        agreements: 25,
        targets: 53,
        reviews: 32,
      });
      expect(summary.counts.measurements).toBeGreaterThan(800);
      expect(summary.counts.changes).toBe(
        Object.entries(summary.counts)
          .filter(([register]) => register !== 'changes')
          .reduce((sum, [, n]) => sum + n, 0) +
          // Suppliers are updated once to link the services made after them; each citation of a
          // record by an assessed item is logged as an update of that item's assessment.
          summary.counts.suppliers! +
          citations(session.require().db),
      );
    } finally {
      session.closeSync();
    }
  });
});
