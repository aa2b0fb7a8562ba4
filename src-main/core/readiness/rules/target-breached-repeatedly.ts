import type { Comparison } from '../../../api/schemas/registers/target';
import { judge } from '../../registers/measurement-store';
import { defineRule } from '../readiness-rule';
import { periodLabel } from '../measurement-periods';
import { quantity, targetLevel } from '../phrases';
import {
  recentBreachCount,
  recentMeasurementsJson,
  REPEATED_BREACHES,
  RECENT_PERIODS,
  type MeasuredValue,
} from '../sql/target-breach';
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
  breached: number;
  recent: string;
}

/**
 * 8.3.3: a target missed in most of its recent periods shows that the reasons were not dealt
 * with; an auditor reads it as corrective action that did not work (or never happened).
 */
export const targetBreachedRepeatedly = defineRule(
  {
    id: 'target-breached-repeatedly',
    clause: '8.3.3',
    itemId: '8.3.3-05',
    severity: 'minor',
    title: 'Service level target breached repeatedly',
    description: `A target of an agreed agreement breached in ${REPEATED_BREACHES} or more of its last ${RECENT_PERIODS} measured periods.`,
  },
  (db) => {
    const rows = db
      .prepare(
        // The recent values, for the message, are read in the outer query: only for the targets found.
        `SELECT r.*, ${recentMeasurementsJson('r')} AS recent FROM (
           SELECT ${targetColumns}, ${recentBreachCount('t')} AS breached
           FROM ${targetFrom}
           WHERE a.status = 'agreed' AND t.comparison IS NOT NULL AND t.threshold IS NOT NULL) AS r
         WHERE r.breached >= ${REPEATED_BREACHES}
         ORDER BY r.code`,
      )
      .all() as Row[];
    return rows.map((row) => {
      // Newest first; sorted here because SQL does not promise an aggregate keeps the order it was fed.
      const recent = (JSON.parse(row.recent) as MeasuredValue[]).sort((x, y) =>
        y.periodStart.localeCompare(x.periodStart),
      );
      const last = recent.find((measured) => judge(row.comparison, row.threshold, measured.value) === false)!;
      return {
        message:
          `${targetSubject(row)} was breached in ${row.breached} of its last ${recent.length} measured periods, ` +
          `most recently ${periodLabel(last.periodStart, row.period)} with ${quantity(last.value, row.unit)} ` +
          `against a target of ${targetLevel(row.comparison, row.threshold, row.unit)}.`,
        records: targetRecords(row),
      };
    });
  },
);
