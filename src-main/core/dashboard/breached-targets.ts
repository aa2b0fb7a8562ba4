import type Database from 'better-sqlite3';
import { DASHBOARD_LIST_LIMIT, type BreachedTarget, type BreachedTargets } from '../../api/schemas/dashboard';
import { breaches } from '../readiness/sql/target-breach';
import { latestPeriod, latestValue } from '../registers/lists/latest-measurement';

interface Row {
  id: string;
  code: string;
  name: string;
  agreement_id: string;
  agreement_code: string;
  service_name: string | null;
  period: BreachedTarget['period'];
  comparison: BreachedTarget['comparison'];
  threshold: number;
  unit: string;
  period_start: string;
  value: number;
  total: number;
}

/**
 * Targets whose latest measurement misses them: the targets register's "breached" status, with
 * the first rows by code and the full count from the same pass. Each target's latest value is
 * read once, from the (target_id, period_start, value) index alone (materialised, so the
 * comparison does not read it again), and its period only for the rows shown: 50,000 targets
 * with a million measurements cost 50,000 index seeks, never a scan of the measurements.
 */
export function breachedTargets(db: Database.Database): BreachedTargets {
  const rows = db
    .prepare(
      `SELECT shown.*, ${latestPeriod('shown')} AS period_start FROM (
         WITH judged AS MATERIALIZED (
           SELECT t.id, t.comparison, t.threshold, ${latestValue('t')} AS value
           FROM target t WHERE t.comparison IS NOT NULL AND t.threshold IS NOT NULL)
         SELECT t.id, t.code, t.name, t.agreement_id, a.code AS agreement_code, s.name AS service_name,
           t.period, t.comparison, t.threshold, t.unit, j.value, count(*) OVER () AS total
         FROM judged j
           JOIN target t ON t.id = j.id
           JOIN agreement a ON a.id = t.agreement_id
           LEFT JOIN service s ON s.id = t.service_id
         WHERE j.value IS NOT NULL AND ${breaches('j.value', 'j')}
         ORDER BY t.code
         LIMIT ${DASHBOARD_LIST_LIMIT}) AS shown
       ORDER BY shown.code`,
    )
    .all() as Row[];
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      agreementId: row.agreement_id,
      agreementCode: row.agreement_code,
      serviceName: row.service_name,
      periodStart: row.period_start,
      period: row.period,
      value: row.value,
      comparison: row.comparison,
      threshold: row.threshold,
      unit: row.unit,
    })),
  };
}
