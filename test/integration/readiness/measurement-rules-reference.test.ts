import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DASHBOARD_LIST_LIMIT } from '../../../src-main/api/schemas/dashboard';
import { breachedTargets } from '../../../src-main/core/dashboard/breached-targets';
import { dashboardSummary } from '../../../src-main/core/dashboard/dashboard-summary';
import { libraryIndex } from '../../../src-main/core/assessment/library-index';
import { insertEngagement } from '../../../src-main/core/engagement/engagement-store';
import { DEFAULT_CLAUSE_LIBRARY_ID } from '../../../src-main/core/clauses/clause-catalogue';
import {
  lastTwoCompletePeriods,
  type MeasurementPeriod,
} from '../../../src-main/core/readiness/measurement-periods';
import { readinessRules } from '../../../src-main/core/readiness/rules';
import { targetBreachedLatest } from '../../../src-main/core/readiness/rules/target-breached-latest';
import { targetBreachedRepeatedly } from '../../../src-main/core/readiness/rules/target-breached-repeatedly';
import { targetNotMeasurable } from '../../../src-main/core/readiness/rules/target-not-measurable';
import { targetNotMeasured } from '../../../src-main/core/readiness/rules/target-not-measured';
import { ReadinessRun } from '../../../src-main/core/readiness/readiness-run';
import { runReadiness } from '../../../src-main/core/readiness/run-readiness';
import {
  readTargetStandingInSlices,
  targetStanding,
} from '../../../src-main/core/readiness/sql/target-standing';
import { judge } from '../../../src-main/core/registers/measurement-store';
import { Registers } from './registers-builder';

/**
 * The measurement rules judge every target in one shared pass over the measurement index. This
 * checks them against a plain reading of what each rule promises, worked out here in TypeScript
 * from the rows themselves, over a few thousand generated targets with every comparison, missing
 * thresholds, units and periods, gaps in the measurements and agreements of every state.
 */

const AGREEMENTS = 240;
const TARGETS_PER_AGREEMENT = 6;
const comparisons = ['>=', '<=', '>', '<', '=', null] as const;
const periods = ['monthly', 'quarterly', 'half_yearly', 'yearly', null] as const;
const statuses = ['agreed', 'agreed', 'agreed', 'draft', 'expired', 'terminated'] as const;
const thresholds = [99.9, 4, 0, 8, null] as const;
const offsets = [-1, -0.1, 0, 0.1, 1];

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Target {
  id: string;
  code: string;
  comparison: (typeof comparisons)[number];
  threshold: number | null;
  unit: string;
  period: MeasurementPeriod | null;
  agreement: { status: string; start: string | null; end: string | null };
  /** [period start, value], newest first. */
  measured: [string, number][];
}

/** The first day of the month `index` months after January 2024. */
function monthStart(index: number): string {
  const year = 2024 + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function fill(r: Registers, next: () => number): Target[] {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const targets: Target[] = [];
  r.db.transaction(() => {
    for (let a = 1; a <= AGREEMENTS; a += 1) {
      const terms = {
        status: pick(statuses),
        start: pick([null, '2020-01-01', '2025-06-15', '2026-08-01', '2026-10-01']),
        end: pick([null, '2030-12-31', '2026-09-30', '2026-12-31', '2027-01-31']),
      };
      if (terms.start !== null && terms.end !== null && terms.end < terms.start) terms.end = null;
      const agreement = r.agreement({
        code: `AGR-${String(a).padStart(4, '0')}`,
        type: 'sla',
        status: terms.status as 'agreed',
        start: terms.start,
        end: terms.end,
      });
      for (let k = 0; k < TARGETS_PER_AGREEMENT; k += 1) {
        const threshold = pick(thresholds);
        const spec = {
          comparison: pick(comparisons),
          threshold,
          unit: pick(['%', '%', 'hours', '', ' ']),
          period: pick(periods),
        };
        // Codes out of step with the insertion order, as after years of edits and imports.
        const code = `TGT-${String((a * 7919 + k * 104729) % 100_000).padStart(5, '0')}-${k}`;
        const ref = r.target({ code, agreement, ...spec });
        // Up to 30 months back from a last month between 2025-07 and 2027-02, with gaps; some
        // targets are never measured.
        const last = 18 + Math.floor(next() * 20);
        const months = Math.floor(next() * 31);
        const measured: [string, number][] = [];
        for (let m = 0; m < months; m += 1) {
          if (next() < 0.15) continue;
          measured.push([monthStart(last - m), (threshold ?? 50) + pick(offsets)]);
        }
        r.measure(ref, measured);
        targets.push({ id: ref.id, code, ...spec, agreement: terms, measured });
      }
    }
  })();
  return targets.sort((x, y) => (x.code < y.code ? -1 : 1));
}

/** Breaches among the last six measured periods, as the measurement store judges a value. */
function recentBreaches(target: Target): number {
  return target.measured
    .slice(0, 6)
    .filter(([, value]) => judge(target.comparison, target.threshold, value) === false).length;
}

function latestBreached(target: Target): boolean {
  const latest = target.measured[0];
  return latest !== undefined && judge(target.comparison, target.threshold, latest[1]) === false;
}

const reference = {
  breachedLatest: (targets: Target[]) =>
    targets.filter((t) => t.agreement.status === 'agreed' && latestBreached(t) && recentBreaches(t) < 4),
  breachedRepeatedly: (targets: Target[]) =>
    targets.filter(
      (t) =>
        t.agreement.status === 'agreed' &&
        t.comparison !== null &&
        t.threshold !== null &&
        recentBreaches(t) >= 4,
    ),
  notMeasured: (targets: Target[], today: string) =>
    targets.filter((t) => {
      if (t.agreement.status !== 'agreed' || t.period === null) return false;
      const window = lastTwoCompletePeriods(today, t.period);
      const { start, end } = t.agreement;
      return (
        (start === null || start <= window.start) &&
        (end === null || end >= window.end) &&
        !t.measured.some(([periodStart]) => periodStart >= window.start)
      );
    }),
  notMeasurable: (targets: Target[]) =>
    targets.filter(
      (t) =>
        t.agreement.status === 'agreed' &&
        (t.comparison === null || t.threshold === null || t.unit.trim() === '' || t.period === null),
    ),
};

/** The bound parameters of the measurement windows, as the shared reading names them. */
function measurementWindowParams(today: string): Record<string, string> {
  return Object.fromEntries(
    (['monthly', 'quarterly', 'half_yearly', 'yearly'] as const).flatMap((period) => {
      const { start, end } = lastTwoCompletePeriods(today, period);
      return [
        [`${period}_start`, start],
        [`${period}_end`, end],
      ];
    }),
  );
}

const codes = (targets: Target[]) => targets.map((t) => t.code);
const foundCodes = (findings: { records: { code: string }[] }[]) => findings.map((f) => f.records[0]!.code);

describe('measurement rules against a plain reading of the registers', () => {
  let r: Registers;
  let targets: Target[];

  beforeAll(() => {
    r = new Registers();
    // The dashboard reads the engagement too.
    insertEngagement(
      r.db,
      {
        clientOrganisation: 'Generated Provider',
        scopeStatement: '',
        auditType: 'stage1',
        plannedAuditDate: null,
        consultantName: '',
      },
      new Date('2026-01-01T00:00:00Z'),
    );
    targets = fill(r, random(20261122));
  });
  afterAll(() => r.close());

  it('generates every kind of target the rules tell apart', () => {
    expect(targets).toHaveLength(AGREEMENTS * TARGETS_PER_AGREEMENT);
    expect(reference.breachedLatest(targets).length).toBeGreaterThan(20);
    expect(reference.breachedRepeatedly(targets).length).toBeGreaterThan(20);
    expect(reference.notMeasured(targets, '2026-11-22').length).toBeGreaterThan(20);
    expect(reference.notMeasurable(targets).length).toBeGreaterThan(20);
  });

  for (const today of ['2026-11-22', '2026-01-01', '2026-07-01', '2027-03-31']) {
    it(`raises the same targets, in code order, on ${today}`, () => {
      expect(foundCodes(targetBreachedLatest.run(r.db, today))).toEqual(
        codes(reference.breachedLatest(targets)),
      );
      expect(foundCodes(targetBreachedRepeatedly.run(r.db, today))).toEqual(
        codes(reference.breachedRepeatedly(targets)),
      );
      expect(foundCodes(targetNotMeasured.run(r.db, today))).toEqual(
        codes(reference.notMeasured(targets, today)),
      );
      expect(foundCodes(targetNotMeasurable.run(r.db, today))).toEqual(
        codes(reference.notMeasurable(targets)),
      );
    });
  }

  it('names the latest period and value, and counts the recent breaches, as the rows say', () => {
    const byCode = new Map(targets.map((t) => [t.code, t]));
    for (const finding of targetBreachedLatest.run(r.db, '2026-11-22')) {
      const target = byCode.get(finding.records[0]!.code)!;
      const [, value] = target.measured[0]!;
      expect(finding.message).toContain(`: ${value}`);
    }
    for (const finding of targetBreachedRepeatedly.run(r.db, '2026-11-22')) {
      const target = byCode.get(finding.records[0]!.code)!;
      expect(finding.message).toContain(
        `breached in ${recentBreaches(target)} of its last ${Math.min(6, target.measured.length)} measured periods`,
      );
    }
  });

  it('lists the breached targets on the dashboard whatever their agreement, with the full count', () => {
    const breached = targets.filter(
      (t) => t.comparison !== null && t.threshold !== null && latestBreached(t),
    );
    const listed = breachedTargets(r.db);
    expect(listed.total).toBe(breached.length);
    expect(listed.rows.map((row) => [row.code, row.periodStart, row.value])).toEqual(
      breached.slice(0, DASHBOARD_LIST_LIMIT).map((t) => [t.code, t.measured[0]![0], t.measured[0]![1]]),
    );
    const summary = dashboardSummary(r.db, libraryIndex(DEFAULT_CLAUSE_LIBRARY_ID), '2026-11-22');
    expect(summary.targets).toEqual(listed);
  });

  it('judges the targets in one pass in id order, seeking each one in the measurement index', () => {
    const prepared: string[] = [];
    const prepare = r.db.prepare.bind(r.db);
    const spy = vi.spyOn(r.db, 'prepare').mockImplementation((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    });
    try {
      runReadiness(r.db, '2026-11-22');
    } finally {
      spy.mockRestore();
    }
    const standing = prepared.filter((sql) => sql.includes('judged AS MATERIALIZED'));
    // One reading shared by the three measurement rules, not one each.
    expect(standing).toHaveLength(1);
    const plan = (
      r.db.prepare(`EXPLAIN QUERY PLAN ${standing[0]}`).all(measurementWindowParams('2026-11-22')) as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    expect(plan).toContain('SCAN t USING COVERING INDEX target_judging');
    expect(plan.filter((detail) => detail.startsWith('SCAN measurement'))).toEqual([]);
    expect(plan.filter((detail) => detail.startsWith('SEARCH measurement')).length).toBeGreaterThan(0);
  });

  it('finds in a full run exactly what each rule finds on its own', () => {
    const today = '2026-11-22';
    const report = runReadiness(r.db, today);
    for (const rule of readinessRules) {
      expect(
        report.findings.filter((finding) => finding.ruleId === rule.id),
        rule.id,
      ).toEqual(rule.run(r.db, today));
    }
  });
  it('reads the same targets in slices of a few hundred as in one statement', async () => {
    for (const today of ['2026-11-22', '2027-03-31']) {
      const whole = targetStanding(new ReadinessRun(r.db, today));
      const sliced = new ReadinessRun(r.db, today);
      let pauses = 0;
      await readTargetStandingInSlices(sliced, async () => void (pauses += 1), 250);
      // Slices of 50, 100, 200, then 250 targets, and the last one up to the end.
      let slices = 0;
      for (let left = targets.length, size = 50; ; size = Math.min(size * 2, 250)) {
        slices += 1;
        if (left < size) break;
        left -= size;
      }
      expect(pauses).toBe(slices);
      expect(targetStanding(sliced)).toEqual(whole);
      expect(whole.length).toBeGreaterThan(60);
    }
  });
});
