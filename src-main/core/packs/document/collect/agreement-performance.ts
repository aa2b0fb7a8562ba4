import type Database from 'better-sqlite3';
import type { Comparison } from '../../../../api/schemas/registers/target';
import { judge } from '../../../registers/measurement-store';
import type {
  PackAgreement,
  PackCapped,
  PackEndingAgreement,
  PackMeasurement,
  PackMissedTarget,
  PackTarget,
} from '../pack-data';
import { ENDING_WITHIN_DAYS } from '../register-limits';
import type { EventLoopSlicer } from '../../../../shared/event-loop-slicer';
import { pushTo } from './group';

/** How many measured periods a target's trend shows. */
export const TREND_PERIODS = 12;

interface AgreementRow extends Omit<PackAgreement, 'counterparty' | 'targets'> {
  id: string;
  counterpartyCode: string | null;
  counterpartyName: string | null;
}

interface TargetRow extends Omit<PackTarget, 'trend'> {
  id: string;
  agreementId: string;
}

interface MeasurementRow {
  targetId: string;
  periodStart: string;
  value: number;
}

/**
 * The agreements with their service level targets, and for each target its last 12 measured
 * periods, in three queries whatever the size of the registers (see trendsOf). Used while the
 * agreements are printed whole, that is for a register of at most a few hundred rows.
 */
export function collectAgreements(db: Database.Database): PackAgreement[] {
  const targets = db
    .prepare(
      `SELECT t.id, t.agreement_id AS agreementId, t.code, t.name, s.name AS serviceName, t.metric, t.comparison,
         t.threshold, t.unit, t.period
       FROM target t LEFT JOIN service s ON s.id = t.service_id ORDER BY t.code`,
    )
    .all() as TargetRow[];
  const trends = trendsOf(db, targets, null);
  const targetsOf = new Map<string, PackTarget[]>();
  for (const { id, agreementId, ...target } of targets) {
    pushTo(targetsOf, agreementId, { ...target, trend: trends.get(id) ?? [] });
  }

  const agreements = db
    .prepare(
      `SELECT a.id, a.code, a.title, a.type, a.status, coalesce(c.code, s.code) AS counterpartyCode,
         coalesce(c.name, s.name) AS counterpartyName, a.start_date AS startDate, a.end_date AS endDate
       FROM agreement a LEFT JOIN customer c ON c.id = a.customer_id LEFT JOIN supplier s ON s.id = a.supplier_id
       ORDER BY a.code`,
    )
    .all() as AgreementRow[];
  return agreements.map(({ id, counterpartyCode, counterpartyName, ...agreement }) => ({
    ...agreement,
    counterparty: counterpartyCode !== null ? { code: counterpartyCode, name: counterpartyName ?? '' } : null,
    targets: targetsOf.get(id) ?? [],
  }));
}

/**
 * The last 12 measured periods of each target, in ONE query: for each target an index seek finds
 * the 12th latest period, and the rows from there on are read in (target, period) order from the
 * covering index. `only` limits it to some targets (those the pack prints), so that a register of
 * a million measurements is neither scanned nor held whole.
 */
function trendsOf(
  db: Database.Database,
  targets: readonly Omit<TargetRow, 'agreementId'>[],
  only: readonly string[] | null,
): Map<string, PackMeasurement[]> {
  const trends = new Map<string, PackMeasurement[]>();
  if (only !== null && only.length === 0) return trends;
  const judged = new Map(targets.map((target) => [target.id, target]));
  const measurements = db
    .prepare(
      `SELECT m.target_id AS targetId, m.period_start AS periodStart, m.value
       FROM target t JOIN measurement m ON m.target_id = t.id AND m.period_start >= coalesce(
         (SELECT period_start FROM measurement WHERE target_id = t.id
          ORDER BY period_start DESC LIMIT 1 OFFSET ${TREND_PERIODS - 1}), '')
       ${only === null ? '' : 'WHERE t.id IN (SELECT value FROM json_each(?))'}
       ORDER BY m.target_id, m.period_start`,
    )
    .all(...(only === null ? [] : [JSON.stringify(only)])) as MeasurementRow[];
  for (const { targetId, periodStart, value } of measurements) {
    const target = judged.get(targetId);
    const met = target ? judge(target.comparison as Comparison | null, target.threshold, value) : null;
    pushTo(trends, targetId, { periodStart, value, met });
  }
  return trends;
}

/**
 * Agreements in force whose end date has passed or falls within ENDING_WITHIN_DAYS of `today`,
 * soonest first: the first `limit` of them, and how many there are.
 */
export function collectEndingAgreements(
  db: Database.Database,
  today: string,
  limit: number,
): PackCapped<PackEndingAgreement> {
  const rows = db
    .prepare(
      `SELECT a.code, a.title, a.type, a.status, coalesce(c.code, s.code) AS counterpartyCode,
         coalesce(c.name, s.name) AS counterpartyName, a.start_date AS startDate, a.end_date AS endDate
       FROM agreement a LEFT JOIN customer c ON c.id = a.customer_id LEFT JOIN supplier s ON s.id = a.supplier_id
       WHERE a.status = 'agreed' AND a.end_date IS NOT NULL AND a.end_date <= date(?, '+${ENDING_WITHIN_DAYS} days')
       ORDER BY a.end_date, a.code`,
    )
    .all(today) as Omit<AgreementRow, 'id'>[];
  return {
    total: rows.length,
    rows: rows.slice(0, limit).map(({ counterpartyCode, counterpartyName, ...agreement }) => ({
      ...agreement,
      counterparty:
        counterpartyCode !== null ? { code: counterpartyCode, name: counterpartyName ?? '' } : null,
    })),
  };
}

interface LatestRow extends Omit<TargetRow, 'agreementId'> {
  agreementCode: string | null;
  agreementTitle: string | null;
  periodStart: string;
  value: number;
}

/**
 * Targets whose latest period is read per query: about ten milliseconds of index seeks, twenty
 * while a pack reads the file without its memory map (see readWithoutMemoryMap).
 */
const LATEST_CHUNK_TARGETS = 500;

/**
 * Targets whose latest measured period missed them, by code: the first `limit` with their trends,
 * and how many there are. One index seek per target finds its latest period, so the query reads
 * one measurement per target; the trends are then read for the printed targets alone. The targets
 * are read in chunks by code (keyset pagination, no statement left open between chunks) with a
 * `slicer` checkpoint after each, since 50,000 targets take about half a second.
 */
export async function collectMissedTargets(
  db: Database.Database,
  limit: number,
  slicer: EventLoopSlicer,
): Promise<PackCapped<PackMissedTarget>> {
  const chunk = db.prepare(
    `SELECT t.id, t.code, t.name, s.name AS serviceName, t.metric, t.comparison, t.threshold, t.unit, t.period,
       a.code AS agreementCode, a.title AS agreementTitle, m.period_start AS periodStart, m.value
     FROM target t
     JOIN measurement m ON m.target_id = t.id
       AND m.period_start = (SELECT max(period_start) FROM measurement WHERE target_id = t.id)
     LEFT JOIN agreement a ON a.id = t.agreement_id
     LEFT JOIN service s ON s.id = t.service_id
     WHERE t.code > ?
     ORDER BY t.code LIMIT ${LATEST_CHUNK_TARGETS}`,
  );
  const latest: LatestRow[] = [];
  for (let after = ''; ;) {
    const rows = chunk.all(after) as LatestRow[];
    latest.push(...rows);
    await slicer.checkpoint();
    if (rows.length < LATEST_CHUNK_TARGETS) break;
    after = rows[rows.length - 1]!.code;
  }
  const missed = latest.filter(
    (row) => judge(row.comparison as Comparison | null, row.threshold, row.value) === false,
  );
  const printed = missed.slice(0, limit);
  const trends = trendsOf(
    db,
    printed,
    printed.map(({ id }) => id),
  );
  return {
    total: missed.length,
    rows: printed.map((row) => ({
      code: row.code,
      name: row.name,
      serviceName: row.serviceName,
      metric: row.metric,
      comparison: row.comparison,
      threshold: row.threshold,
      unit: row.unit,
      period: row.period,
      agreement: { code: row.agreementCode ?? '?', title: row.agreementTitle ?? '' },
      trend: trends.get(row.id) ?? [],
    })),
  };
}
