import type { Comparison } from '../../../api/schemas/registers/target';
import { defineRule } from '../readiness-rule';
import { periodLabel } from '../measurement-periods';
import { quantity, targetLevel } from '../phrases';
import { breaches, RECENT_PERIODS, recentBreachCount, REPEATED_BREACHES } from '../sql/target-breach';
import {
  targetColumns,
  targetFrom,
  targetRecords,
  targetSubject,
  type TargetRow,
} from '../sql/target-columns';

interface Row extends TargetRow {
  comparison: Comparison;
  threshold: number;
  period_start: string;
  value: number;
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
  (db) => {
    // The latest measurement is found in the (target_id, period_start) key and read by rowid; the
    // recent breaches are counted only for targets whose latest result is a breach (CASE is lazy).
    const rows = db
      .prepare(
        `SELECT ${targetColumns}, m.period_start, m.value
         FROM ${targetFrom}
         JOIN measurement m ON m.rowid = (
           SELECT rowid FROM measurement WHERE target_id = t.id ORDER BY period_start DESC LIMIT 1)
         WHERE a.status = 'agreed'
           AND CASE WHEN ${breaches('m.value', 't')} THEN ${recentBreachCount('t')} < ${REPEATED_BREACHES} ELSE 0 END
         ORDER BY t.code`,
      )
      .all() as Row[];
    return rows.map((row) => ({
      message:
        `${targetSubject(row)} was breached in its latest measured period, ${periodLabel(row.period_start, row.period)}: ` +
        `${quantity(row.value, row.unit)} against a target of ${targetLevel(row.comparison, row.threshold, row.unit)}.`,
      records: targetRecords(row),
    }));
  },
);
