import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract } from '../../../src-main/api/contract';
import { createApi } from '../../../src-main/api/handlers';
import type { AssessmentStatus } from '../../../src-main/api/schemas/assessment';
import { DEFAULT_CLAUSE_LIBRARY_ID } from '../../../src-main/api/schemas/clause-library';
import type { DashboardSummary } from '../../../src-main/api/schemas/dashboard';
import { libraryIndex } from '../../../src-main/core/assessment/library-index';
import { findClauseLibrary } from '../../../src-main/core/clauses/clause-catalogue';
import { walkItems } from '../../../src-main/core/clauses/clause-tree';
import {
  dashboardSummary,
  dashboardSummaryInSlices,
} from '../../../src-main/core/dashboard/dashboard-summary';
import { EventLoopSlicer } from '../../../src-main/shared/event-loop-slicer';
import { runReadiness } from '../../../src-main/core/readiness/run-readiness';
import { createSampleWorkspace } from '../../../src-main/core/sample/create-sample-workspace';
import { Session } from '../../../src-main/core/session';
import { openHarness, openHarnessOn, useSharedTempDir, type Harness } from '../registers/api-harness';

const today = '2026-11-22';
const statuses: AssessmentStatus[] = [
  'not_assessed',
  'conforming',
  'partially_conforming',
  'nonconforming',
  'operated_by_other_party',
];

/**
 * The checklist's counts worked out here from the assessment table and the library file, top-level
 * clause by top-level clause, without the checklist's own code: whatever the sample has assessed
 * (another engineer may add assessments to it), the dashboard must agree with this.
 */
function countedStatuses(db: Database.Database) {
  const stored = new Map(
    (
      db
        .prepare('SELECT item_id, status FROM assessment WHERE library_id = ?')
        .all(DEFAULT_CLAUSE_LIBRARY_ID) as { item_id: string; status: AssessmentStatus }[]
    ).map((row) => [row.item_id, row.status]),
  );
  const zero = () =>
    Object.fromEntries(statuses.map((status) => [status, 0])) as Record<AssessmentStatus, number>;
  const overall = zero();
  const byClause = new Map<string, Record<AssessmentStatus, number>>();
  for (const { item, clause } of walkItems(findClauseLibrary(DEFAULT_CLAUSE_LIBRARY_ID).clauses)) {
    const top = clause.number.split('.')[0]!;
    const status = stored.get(item.id) ?? 'not_assessed';
    overall[status] += 1;
    const counts = byClause.get(top) ?? zero();
    counts[status] += 1;
    byClause.set(top, counts);
  }
  return { overall, byClause };
}

/** Whole days from one calendar date to another, worked out with Date rather than the core's helper. */
function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

const count = (db: Database.Database, sql: string, params: Record<string, unknown> = {}) =>
  db
    .prepare(sql)
    .pluck()
    .get({ today, ...params }) as number;

describe('dashboard.summary on the sample workspace', () => {
  const sharedDir = useSharedTempDir();
  let h: Harness;
  let summary: DashboardSummary;

  beforeAll(async () => {
    const file = path.join(sharedDir(), 'sample.clausebook');
    const { workspace } = await createSampleWorkspace(file, new Date(`${today}T09:30:00Z`));
    workspace.close();
    h = await openHarnessOn(file);
    summary = await h.call('dashboard.summary', { today });
  });
  afterAll(() => h?.close());

  it('counts down to the planned audit, 47 days after the day the sample was made', () => {
    expect(summary.today).toBe(today);
    expect(summary.audit).toEqual({ plannedDate: '2027-01-08', daysUntil: 47 });
  });

  it('names the expired contract and the contract ending within 60 days', () => {
    expect(summary.agreements.rows).toEqual([
      expect.objectContaining({
        code: 'AGR-022',
        title: 'Off-site Media Storage Contract — Vaultline',
        type: 'contract',
        status: 'expired',
        counterparty: 'Vaultline Secure Storage Ltd',
        endDate: '2026-10-08',
        daysUntilEnd: -45,
      }),
      expect.objectContaining({
        code: 'AGR-020',
        title: 'Hardware Maintenance Contract — Mossgate',
        status: 'agreed',
        endDate: '2026-12-30',
        daysUntilEnd: 38,
      }),
    ]);
    expect(summary.agreements).toMatchObject({ ended: 1, endingWithin30: 0, endingWithin60: 1 });
  });

  it('names the overdue reviews, longest overdue first, and the supplier never reviewed', () => {
    const overdue = summary.reviews.rows.filter((row) => row.daysUntilDue < 0);
    // Vaultline, Group Facilities, Northmoor's SLA, Fernwick, Polderpoort's contract and Polderpoort,
    // Larchmere's SLA. Vaultline's expired contract is no longer reviewed, so it is not among them.
    expect(overdue.map((row) => [row.code, row.daysUntilDue])).toEqual([
      ['SUP-007', -90],
      ['SUP-011', -62],
      ['AGR-002', -58],
      ['SUP-004', -35],
      ['AGR-017', -20],
      ['SUP-002', -20],
      ['AGR-007', -8],
    ]);
    expect(overdue.map((row) => row.register)).toEqual([
      'suppliers',
      'suppliers',
      'agreements',
      'suppliers',
      'agreements',
      'suppliers',
      'agreements',
    ]);
    expect(summary.reviews.overdue).toBe(7);
    // Group Platform Engineering has never been reviewed and has no review planned.
    expect(summary.reviews.notPlanned).toBe(1);
    // The one row left after the seven overdue is the soonest due.
    expect(summary.reviews.rows).toHaveLength(8);
    expect(summary.reviews.rows[7]).toMatchObject({ code: 'AGR-015', daysUntilDue: 13 });
    for (const row of summary.reviews.rows) expect(days(today, row.dueDate)).toBe(row.daysUntilDue);
  });

  it('names the breached targets, as the targets register filters them', async () => {
    expect(summary.targets.rows.map((row) => row.code)).toEqual(['TGT-001', 'TGT-007']);
    expect(summary.targets.rows[0]).toMatchObject({
      name: 'Hosting availability (Resilient tier)',
      agreementCode: 'AGR-001',
      value: 99.71,
      comparison: '>=',
      threshold: 99.95,
      unit: '%',
      period: 'monthly',
    });
    const listed = await h.call('targets.list', { filters: { breached: 'yes' }, limit: 500, today });
    expect(summary.targets.total).toBe(listed.total);
    expect(summary.targets.rows.map((row) => row.id)).toEqual(listed.rows.map((row) => row.id));
    for (const [index, row] of summary.targets.rows.entries()) {
      expect(row.periodStart).toBe(listed.rows[index]!.latestPeriod);
      expect(row.value).toBe(listed.rows[index]!.latestValue);
    }
  });

  it('counts reviews and agreement ends as plain SQL over the registers does', () => {
    const db = h.db();
    // Every sample supplier and agreement with a review schedule carries its next review date.
    const reviewDates = `SELECT next_review_date AS d FROM supplier
      UNION ALL SELECT next_review_date FROM agreement WHERE status = 'agreed'`;
    expect(summary.reviews).toMatchObject({
      overdue: count(db, `SELECT count(*) FROM (${reviewDates}) WHERE d < @today`),
      dueWithin30: count(
        db,
        `SELECT count(*) FROM (${reviewDates}) WHERE d >= @today AND julianday(d) - julianday(@today) <= 30`,
      ),
      dueWithin60: count(
        db,
        `SELECT count(*) FROM (${reviewDates}) WHERE d >= @today AND julianday(d) - julianday(@today) <= 60`,
      ),
      notPlanned: count(db, `SELECT count(*) FROM (${reviewDates}) WHERE d IS NULL`),
    });
    const ends = (condition: string) =>
      count(db, `SELECT count(*) FROM agreement WHERE end_date IS NOT NULL AND ${condition}`);
    expect(summary.agreements).toMatchObject({
      ended: ends(
        `end_date < @today AND status <> 'draft' AND (julianday(@today) - julianday(end_date) <= 90 OR status = 'agreed')`,
      ),
      endingWithin60: ends(
        `status = 'agreed' AND end_date >= @today AND julianday(end_date) - julianday(@today) <= 60`,
      ),
    });
  });

  it('counts assessment statuses per clause as the assessment table and the library give them', () => {
    const expected = countedStatuses(h.db());
    expect(summary.checklist.overall.counts).toEqual(expected.overall);
    expect(summary.checklist.overall.total).toBe(
      statuses.reduce((sum, status) => sum + expected.overall[status], 0),
    );
    expect(summary.checklist.clauses.map((clause) => clause.number)).toEqual([
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    for (const clause of summary.checklist.clauses) {
      expect(clause.counts, `clause ${clause.number}`).toEqual(expected.byClause.get(clause.number));
      expect(clause.openItemId?.startsWith(`${clause.number}.`), `clause ${clause.number}`).toBe(true);
    }
  });

  it('opens each clause at its first item still to assess', () => {
    const db = h.db();
    const assessed = new Set(
      db
        .prepare("SELECT item_id FROM assessment WHERE library_id = ? AND status <> 'not_assessed'")
        .pluck()
        .all(DEFAULT_CLAUSE_LIBRARY_ID) as string[],
    );
    const items = [...walkItems(findClauseLibrary(DEFAULT_CLAUSE_LIBRARY_ID).clauses)];
    for (const clause of summary.checklist.clauses) {
      const own = items.filter(({ clause: of }) => of.number.split('.')[0] === clause.number);
      const open = own.find(({ item }) => !assessed.has(item.id)) ?? own[0];
      expect(clause.openItemId, `clause ${clause.number}`).toBe(open!.item.id);
    }
  });

  it('counts open findings by type as the finding table holds them', () => {
    const rows = h
      .db()
      .prepare("SELECT type, count(*) AS n FROM finding WHERE status = 'open' GROUP BY type")
      .all() as { type: string; n: number }[];
    const expected = { major_nc: 0, minor_nc: 0, observation: 0, opportunity: 0 };
    for (const row of rows) expected[row.type as keyof typeof expected] = row.n;
    expect(summary.findings.byType).toEqual(expected);
    expect(summary.findings.total).toBe(rows.reduce((sum, row) => sum + row.n, 0));
  });

  it('gives the readiness checks by severity and the clauses they found something on', () => {
    const report = runReadiness(h.db(), today);
    expect(summary.readiness.rules).toBe(report.rules.length);
    expect(summary.readiness.total).toBe(report.findings.length);
    expect(summary.readiness.bySeverity).toEqual(report.summary.bySeverity);
    const clauses = [...new Set(report.findings.map((finding) => finding.clause))];
    expect(summary.readiness.clauses.map((clause) => clause.clause)).toEqual(clauses);
    const supplierClause = summary.readiness.clauses.find((clause) => clause.clause === '8.3.4.1');
    expect(supplierClause).toMatchObject({ title: 'Management of external suppliers', major: 1 });
    // The most severe finding of the clause: the supplier without a contract (8.3.4.1-02).
    expect(supplierClause?.itemId).toBe(
      report.findings.find((finding) => finding.clause === '8.3.4.1' && finding.severity === 'major')?.itemId,
    );
  });

  it('is the same read in slices as read at once, and the thread serves other work between the slices', async () => {
    const index = libraryIndex(DEFAULT_CLAUSE_LIBRARY_ID);
    let turns = 0;
    let turning = true;
    const turn = () => {
      turns += 1;
      if (turning) setImmediate(turn);
    };
    setImmediate(turn);
    const sliced = await dashboardSummaryInSlices(h.db(), index, today, new EventLoopSlicer(0));
    turning = false;
    expect(sliced).toEqual(dashboardSummary(h.db(), index, today));
    expect(sliced).toEqual(summary);
    expect(turns).toBeGreaterThan(5);
    expect(h.db().inTransaction).toBe(false);
  });

  it('runs the same number of queries on the sample as on an empty workspace: none per record', async () => {
    const empty = await openHarness(sharedDir(), 'for-counting.clausebook');
    try {
      const index = libraryIndex(DEFAULT_CLAUSE_LIBRARY_ID);
      const prepared = (db: Database.Database) => {
        const spy = vi.spyOn(db, 'prepare');
        dashboardSummary(db, index, today);
        const calls = spy.mock.calls.length;
        spy.mockRestore();
        return calls;
      };
      const onEmpty = prepared(empty.db());
      expect(prepared(h.db())).toBe(onEmpty);
      expect(onEmpty).toBeLessThan(50);
    } finally {
      empty.close();
    }
  });
});

describe('dashboard.summary on an empty workspace', () => {
  const sharedDir = useSharedTempDir();
  let h: Harness;

  beforeAll(async () => {
    h = await openHarness(sharedDir(), 'empty.clausebook');
  });
  afterAll(() => h?.close());

  it('gives zeros and empty lists, every item not assessed', async () => {
    const summary = await h.call('dashboard.summary', { today });
    expect(summary.audit).toEqual({ plannedDate: '2027-03-12', daysUntil: 110 });
    expect(summary.checklist.overall.total).toBeGreaterThan(100);
    expect(summary.checklist.overall.counts.not_assessed).toBe(summary.checklist.overall.total);
    expect(summary.checklist.overall.weakEvidence).toBe(0);
    expect(summary.checklist.clauses).toHaveLength(7);
    expect(summary.findings).toEqual({
      total: 0,
      byType: { major_nc: 0, minor_nc: 0, observation: 0, opportunity: 0 },
    });
    expect(summary.readiness).toMatchObject({
      total: 0,
      bySeverity: { major: 0, minor: 0, observation: 0 },
      clauses: [],
    });
    expect(summary.readiness.rules).toBeGreaterThan(10);
    expect(summary.reviews).toEqual({ overdue: 0, dueWithin30: 0, dueWithin60: 0, notPlanned: 0, rows: [] });
    expect(summary.agreements).toEqual({ ended: 0, endingWithin30: 0, endingWithin60: 0, rows: [] });
    expect(summary.targets).toEqual({ total: 0, rows: [] });
  });

  it('says when no audit date is set, and counts days since an audit that has passed', async () => {
    const engagement = await h.call('engagement.get', {});
    const { createdAt: _created, updatedAt: _updated, ...values } = engagement;
    await h.call('engagement.update', { ...values, plannedAuditDate: null });
    expect((await h.call('dashboard.summary', { today })).audit).toEqual({
      plannedDate: null,
      daysUntil: null,
    });
    await h.call('engagement.update', { ...values, plannedAuditDate: '2026-11-19' });
    expect((await h.call('dashboard.summary', { today })).audit).toEqual({
      plannedDate: '2026-11-19',
      daysUntil: -3,
    });
    await h.call('engagement.update', values);
  });

  it('judges on today (UTC) when no day is given', async () => {
    const before = new Date().toISOString().slice(0, 10);
    const summary = await h.call('dashboard.summary', {});
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(summary.today);
  });

  it('refuses a day that is not in the calendar, an unknown library, or extra input', async () => {
    expect(await h.failure('dashboard.summary', { today: '2026-02-30' })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await h.failure('dashboard.summary', { today: '22/11/2026' })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await h.failure('dashboard.summary', { today, extra: 1 })).toMatchObject({ code: 'VALIDATION' });
    expect(await h.failure('dashboard.summary', { libraryId: 'no-such-library', today })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('is offered to the page, and needs an open workspace', async () => {
    expect(contract['dashboard.summary'].access).toBe('renderer');
    const api = createApi(new Session(), { appVersion: '0.0.0-test' });
    const result = await api.dispatch('dashboard.summary', {}, { transport: 'http', access: 'renderer' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });
});
