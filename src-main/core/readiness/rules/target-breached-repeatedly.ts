import type { Comparison } from '../../../api/schemas/registers/target';
import { judge } from '../../registers/measurement-store';
import { defineRule } from '../readiness-rule';
import { periodLabel } from '../measurement-periods';
import { quantity, targetLevel } from '../phrases';
import { REPEATED_BREACHES, RECENT_PERIODS, type MeasuredValue } from '../sql/target-breach';
import { targetRecords, targetSubject } from '../sql/target-columns';
import { targetStanding, type TargetStanding } from '../sql/target-standing';

/** A target breached repeatedly has a comparison, a threshold and its recent measurements. */
interface Row extends TargetStanding {
  comparison: Comparison;
  threshold: number;
  recent_breaches: number;
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
  (_db, _today, run) => {
    const rows = targetStanding(run).filter((row) => row.breached_repeatedly === 1) as Row[];
    return rows.map((row) => {
      // Newest first; sorted here because SQL does not promise an aggregate keeps the order it was fed.
      const recent = (JSON.parse(row.recent) as MeasuredValue[]).sort((x, y) =>
        y.periodStart.localeCompare(x.periodStart),
      );
      const last = recent.find((measured) => judge(row.comparison, row.threshold, measured.value) === false)!;
      return {
        message:
          `${targetSubject(row)} was breached in ${row.recent_breaches} of its last ${recent.length} measured periods, ` +
          `most recently ${periodLabel(last.periodStart, row.period)} with ${quantity(last.value, row.unit)} ` +
          `against a target of ${targetLevel(row.comparison, row.threshold, row.unit)}.`,
        records: targetRecords(row),
      };
    });
  },
);
