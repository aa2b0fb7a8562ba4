import type Database from 'better-sqlite3';
import { measurementPeriods } from '../../../api/schemas/registers/target';
import { lastTwoCompletePeriods, type RecentPeriods } from '../measurement-periods';
import type { ReadinessRun } from '../readiness-run';
import {
  breaches,
  measuredValues,
  recentBreachCount,
  recentMeasurementsJson,
  REPEATED_BREACHES,
} from './target-breach';
import { targetColumns, targetNameJoins, type TargetRow } from './target-columns';
import type { MeasurementPeriod } from '../measurement-periods';

/**
 * A target that the measurement rules raise, or whose latest measurement misses it, with what
 * they say about it. The three rule flags are 1 only for targets of agreed agreements.
 */
export interface TargetStanding extends TargetRow {
  latest_period: string | null;
  latest_value: number | null;
  /** Breaches among the last `RECENT_PERIODS` measured periods; null when the target cannot be judged. */
  recent_breaches: number | null;
  /** The recent measurements as JSON (see `recentMeasurementsJson`), only when breached repeatedly. */
  recent: string | null;
  /** The latest measurement misses the target, whatever the state of its agreement (the registers' "breached"). */
  latest_breached: 0 | 1;
  /** target-breached-latest: the latest measurement misses the target, and it was not breached repeatedly. */
  breached_latest: 0 | 1;
  /** target-breached-repeatedly: breached in `REPEATED_BREACHES` or more of the recent measured periods. */
  breached_repeatedly: 0 | 1;
  /** target-not-measured: in force throughout its last two complete periods, with no measurement for either. */
  not_measured: 0 | 1;
}

/** The last two complete periods of each length before `today`. */
export function measurementWindows(today: string): Map<MeasurementPeriod, RecentPeriods> {
  return new Map(measurementPeriods.map((period) => [period, lastTwoCompletePeriods(today, period)]));
}

/**
 * Every target judged against its measurements in one pass, for the three measurement rules
 * (target-breached-latest, target-breached-repeatedly, target-not-measured) and the dashboard's
 * breached targets, in target code order.
 *
 * The pass walks the targets in id order through the `target_judging` index, so the seeks into
 * the measurement index (keyed by target id) come in key order and mostly land on pages just read:
 * one pass over 50,000 targets and a million measurements instead of one per rule, in random order.
 * Only the few targets raised are then joined to their agreement and service and named.
 */
function readTargetStanding(
  db: Database.Database,
  today: string,
  ids: TargetIdRange = { after: null, upTo: null },
  prepare: (sql: string) => Database.Statement = (sql) => db.prepare(sql),
): TargetStanding[] {
  const windows = [...measurementWindows(today)];
  const params = Object.fromEntries(
    windows.flatMap(([period, { start, end }]) => [
      [`${period}_start`, start],
      [`${period}_end`, end],
    ]),
  );
  const range = [
    ...(ids.after === null ? [] : ['t.id > @after']),
    ...(ids.upTo === null ? [] : ['t.id <= @upTo']),
  ];
  if (ids.after !== null) params.after = ids.after;
  if (ids.upTo !== null) params.upTo = ids.upTo;
  /** SQL: the first or last day of the window for target `t`'s period (null without a period). */
  const windowEdge = (edge: 'start' | 'end') =>
    `CASE t.period ${windows.map(([period]) => `WHEN '${period}' THEN @${period}_${edge}`).join(' ')} END`;
  /** SQL: `column` of the latest measurement of target alias `t`. */
  const latest = (t: string, column: string) =>
    `(SELECT ${column} FROM ${measuredValues} WHERE target_id = ${t}.id ORDER BY period_start DESC LIMIT 1)`;
  const agreed = `a.status = 'agreed'`;
  // "Nothing on or after the window's start" is "the latest period is before it" (or there is none).
  const unmeasured = `j.window_start IS NOT NULL AND (j.latest_period IS NULL OR j.latest_period < j.window_start)`;
  return prepare(
    `WITH judged AS MATERIALIZED (
         SELECT t.id, ${windowEdge('start')} AS window_start, ${windowEdge('end')} AS window_finish,
           ${latest('t', 'period_start')} AS latest_period,
           ${latest('t', breaches('value', 't'))} AS latest_breached,
           CASE WHEN t.comparison IS NOT NULL AND t.threshold IS NOT NULL
             THEN ${recentBreachCount('t')} END AS recent_breaches
         FROM target t
         ${range.length > 0 ? `WHERE ${range.join(' AND ')}` : ''}
         ORDER BY t.id),
       raised AS MATERIALIZED (
         SELECT * FROM judged j
         WHERE j.latest_breached OR j.recent_breaches >= ${REPEATED_BREACHES} OR (${unmeasured}))
       SELECT * FROM (
         SELECT ${targetColumns}, j.latest_period, j.recent_breaches,
           ${latest('t', 'value')} AS latest_value,
           CASE WHEN j.recent_breaches >= ${REPEATED_BREACHES} THEN ${recentMeasurementsJson('t')} END AS recent,
           coalesce(j.latest_breached, 0) AS latest_breached,
           coalesce(${agreed} AND j.latest_breached AND j.recent_breaches < ${REPEATED_BREACHES}, 0) AS breached_latest,
           coalesce(${agreed} AND j.recent_breaches >= ${REPEATED_BREACHES}, 0) AS breached_repeatedly,
           coalesce(${agreed} AND ${unmeasured} AND (a.start_date IS NULL OR a.start_date <= j.window_start)
             AND (a.end_date IS NULL OR a.end_date >= j.window_finish), 0) AS not_measured
         -- CROSS JOIN keeps the few raised targets as the outer loop.
         FROM raised j CROSS JOIN target t ON t.id = j.id ${targetNameJoins})
       WHERE latest_breached OR breached_repeatedly OR not_measured
       ORDER BY code`,
  ).all(params) as TargetStanding[];
}

/** Targets with an id after `after` and up to `upTo` (null: no bound on that side). */
interface TargetIdRange {
  after: string | null;
  upTo: string | null;
}

const STANDING_KEY = 'target-standing';

/** The targets the measurement rules raise or that are breached, read once per run of the checks. */
export function targetStanding(run: ReadinessRun): TargetStanding[] {
  return run.once(STANDING_KEY, readTargetStanding);
}

/**
 * Targets judged per slice of `readTargetStandingInSlices`: a few milliseconds when the workspace
 * is in memory, a few tens when it is read from a cold disk (each target seeks into the
 * measurements' index, and a cold page costs a disk read).
 */
const TARGETS_PER_SLICE = 1_000;
/**
 * The first slice is smaller, and each next one twice the last up to the full size: on a cold
 * disk the first targets cost the most (every page they touch is read), and the thread should give
 * way soon after it starts, not after a third of a second.
 */
const FIRST_SLICE = 50;

/**
 * The same reading for `run`, done in slices of targets by id with `between` awaited after each,
 * so the thread can serve other work while a very large register is judged (the pack export
 * gathers its data this way, and the dashboard). The run then has it: the rules that need it do
 * not read it again. The result is the one readTargetStanding gives in one statement: the same
 * targets, in code order. Each slice finds its own last id, so no slice reads every id first.
 */
export async function readTargetStandingInSlices(
  run: ReadinessRun,
  between: () => Promise<void>,
  targetsPerSlice = TARGETS_PER_SLICE,
): Promise<void> {
  const lastOfSlice = run.db
    .prepare("SELECT id FROM target WHERE id > coalesce(?, '') ORDER BY id LIMIT 1 OFFSET ?")
    .pluck();
  // The slices share a handful of statements (the first, the middle ones, the last), prepared once.
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    const statement = statements.get(sql) ?? run.db.prepare(sql);
    statements.set(sql, statement);
    return statement;
  };
  const standing: TargetStanding[] = [];
  let after: string | null = null;
  let size = Math.min(FIRST_SLICE, targetsPerSlice);
  for (;;) {
    const upTo: string | null = (lastOfSlice.get(after, size - 1) as string | undefined) ?? null;
    standing.push(...readTargetStanding(run.db, run.today, { after, upTo }, prepare));
    await between();
    if (upTo === null) break;
    after = upTo;
    size = Math.min(size * 2, targetsPerSlice);
  }
  // SQLite orders text byte by byte; codes compare the same way as UTF-8 bytes.
  standing.sort((a, b) => Buffer.compare(Buffer.from(a.code), Buffer.from(b.code)));
  run.provide(STANDING_KEY, standing);
}
