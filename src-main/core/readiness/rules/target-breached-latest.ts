import type { Comparison } from '../../../api/schemas/registers/target';
import { defineRule } from '../readiness-rule';
import { periodLabel } from '../measurement-periods';
import { quantity, targetLevel } from '../phrases';
import { RECENT_PERIODS, REPEATED_BREACHES } from '../sql/target-breach';
import { targetRecords, targetSubject } from '../sql/target-columns';
import { targetStanding, type TargetStanding } from '../sql/target-standing';

/** A target breached in its latest period has a comparison, a threshold and a latest measurement. */
interface Row extends TargetStanding {
  comparison: Comparison;
  threshold: number;
  latest_period: string;
  latest_value: number;
}

/**
 * 8.3.3: a target missed in its latest period is what the next service review will ask about:
 * the reason, and the action taken. A target missed again and again is a trend, reported by
 * `target-breached-repeatedly` instead, so one target never raises both.
 */
export const targetBreachedLatest = defineRule(
  {
    id: 'target-breached-latest',
    clause: '8.3.3',
    itemId: '8.3.3-05',
    severity: 'observation',
    title: 'Service level target breached in the latest period',
    description: `A target of an agreed agreement whose latest measurement misses it (and that was not breached in ${REPEATED_BREACHES} or more of its last ${RECENT_PERIODS} measured periods).`,
  },
  (_db, _today, run) => {
    const rows = targetStanding(run).filter((row) => row.breached_latest === 1) as Row[];
    return rows.map((row) => ({
      message:
        `${targetSubject(row)} was breached in its latest measured period, ${periodLabel(row.latest_period, row.period)}: ` +
        `${quantity(row.latest_value, row.unit)} against a target of ${targetLevel(row.comparison, row.threshold, row.unit)}.`,
      records: targetRecords(row),
    }));
  },
);
