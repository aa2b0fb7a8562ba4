import type Database from 'better-sqlite3';
import type { Comparison } from '../../../../api/schemas/registers/target';
import { judge } from '../../../registers/measurement-store';
import type { PackAgreement, PackMeasurement, PackTarget } from '../pack-data';
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
 * periods, in three queries whatever the size of the registers. The measurements are read in ONE
 * query: for each target an index seek finds the 12th latest period, and the rows from there on
 * are read in (target, period) order from the covering index, so a register with a million
 * measurements is never scanned whole.
 */
export function collectAgreements(db: Database.Database): PackAgreement[] {
  const trends = new Map<string, PackMeasurement[]>();
  const targets = db
    .prepare(
      `SELECT t.id, t.agreement_id AS agreementId, t.code, t.name, s.name AS serviceName, t.metric, t.comparison,
         t.threshold, t.unit, t.period
       FROM target t LEFT JOIN service s ON s.id = t.service_id ORDER BY t.code`,
    )
    .all() as TargetRow[];
  const judged = new Map(targets.map((target) => [target.id, target]));
  const measurements = db
    .prepare(
      `SELECT m.target_id AS targetId, m.period_start AS periodStart, m.value
       FROM target t JOIN measurement m ON m.target_id = t.id AND m.period_start >= coalesce(
         (SELECT period_start FROM measurement WHERE target_id = t.id
          ORDER BY period_start DESC LIMIT 1 OFFSET ${TREND_PERIODS - 1}), '')
       ORDER BY m.target_id, m.period_start`,
    )
    .all() as MeasurementRow[];
  for (const { targetId, periodStart, value } of measurements) {
    const target = judged.get(targetId);
    const met = target ? judge(target.comparison as Comparison | null, target.threshold, value) : null;
    pushTo(trends, targetId, { periodStart, value, met });
  }
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
