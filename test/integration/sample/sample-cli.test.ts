import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { useTempDir } from '../../helpers/temp-dir';

describe('clausebook demo', () => {
  const tempDir = useTempDir();

  it('writes a sample that passes check and whose info reports the count of every register', () => {
    const cwd = tempDir();
    const started = performance.now();
    const demo = runCli(['demo', 'harbourline'], { cwd });
    console.log(
      `clausebook demo (process start included) took ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(demo).toMatchObject({ status: 0, stderr: '' });

    const db = new Database(path.join(cwd, 'harbourline.clausebook'), { readonly: true });
    const counted = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const expected = {
      services: 24,
      customers: 12,
      suppliers: 13,
      agreements: 25,
      targets: 53,
      measurements: counted('measurement'),
      reviews: 32,
      changes: counted('change_log'),
      // The checklist is two visits in: some items assessed, some evidence, findings of each grade.
      assessments: counted('assessment'),
      evidence: counted('evidence'),
      findings: counted('finding'),
    };
    db.close();
    expect(expected.measurements).toBeGreaterThan(800);
    expect(expected).toMatchObject({ assessments: 28, evidence: 6, findings: 5 });

    const check = runCli(['check', 'harbourline.clausebook'], { cwd });
    expect(check).toMatchObject({ status: 0, stderr: '' });
    expect(check.stdout).toBe(
      `harbourline.clausebook: integrity ok, foreign keys ok, register counts ok, change log ok (${expected.changes} entries).\n`,
    );

    const info = runCli(['info', 'harbourline.clausebook', '--json'], { cwd });
    expect(info.status).toBe(0);
    const summary = JSON.parse(info.stdout) as {
      counts: Record<string, number>;
      engagement: { consultantName: string };
    };
    expect(summary.counts).toEqual(expected);
    expect(summary.engagement.consultantName).toBe('Priya Raman');

    const readable = runCli(['info', 'harbourline.clausebook'], { cwd });
    expect(readable.stdout).toMatch(
      /^Records\s+services 24, customers 12, suppliers 13, agreements 25, targets 53, /m,
    );
  });
});
