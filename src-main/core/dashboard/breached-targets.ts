import type Database from 'better-sqlite3';
import { DASHBOARD_LIST_LIMIT, type BreachedTarget, type BreachedTargets } from '../../api/schemas/dashboard';
import { ReadinessRun } from '../readiness/readiness-run';
import { targetStanding, type TargetStanding } from '../readiness/sql/target-standing';

/** A breached target has a comparison, a threshold and a latest measurement. */
interface Row extends TargetStanding {
  comparison: BreachedTarget['comparison'];
  threshold: number;
  latest_period: string;
  latest_value: number;
}

/**
 * Targets whose latest measurement misses them, whatever the state of their agreement: the targets
 * register's "breached" status, with the first rows by code and the full count. The readiness
 * checks of the same `run`, when there is one, have already judged every target against its
 * latest measurement (one pass over the measurement index, see `targetStanding`); this reads
 * their answer instead of judging 50,000 targets a second time.
 */
export function breachedTargets(db: Database.Database, run?: ReadinessRun): BreachedTargets {
  // Whether a target is breached does not depend on the day (only whether it is overdue for a
  // measurement does, which is not read here), so without a run any day will do.
  const judged = run?.db === db ? run : new ReadinessRun(db, new Date().toISOString().slice(0, 10));
  const breached = targetStanding(judged).filter((row) => row.latest_breached === 1) as Row[];
  return {
    total: breached.length,
    rows: breached.slice(0, DASHBOARD_LIST_LIMIT).map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      agreementId: row.agreement_id,
      agreementCode: row.agreement_code,
      serviceName: row.service_name,
      periodStart: row.latest_period,
      period: row.period,
      value: row.latest_value,
      comparison: row.comparison,
      threshold: row.threshold,
      unit: row.unit,
    })),
  };
}
