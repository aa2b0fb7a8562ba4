import { measurementPeriods } from '../../../api/schemas/registers/target';
import { latestPeriod } from '../../registers/lists/latest-measurement';
import { lastTwoCompletePeriods, periodLabel, type MeasurementPeriod } from '../measurement-periods';
import { defineRule } from '../readiness-rule';
import {
  targetColumns,
  targetFrom,
  targetRecords,
  targetSubject,
  type TargetRow,
} from '../sql/target-columns';

interface Row extends TargetRow {
  period: MeasurementPeriod;
  latest_period: string | null;
}

/**
 * 8.3.3: performance against each target is monitored and reported at the intervals agreed. A
 * target with nothing recorded for either of its last two complete periods (the two months before
 * this one, for a monthly target; the two quarters before this one, for a quarterly target) is not
 * being monitored. A single missing period may be a report still on its way, so it is not raised.
 * Only targets of agreements in force throughout both periods are expected to have results.
 */
export const targetNotMeasured = defineRule(
  {
    id: 'target-not-measured',
    clause: '8.3.3',
    itemId: '8.3.3-04',
    severity: 'minor',
    title: 'Service level target not measured',
    description:
      'A target of an agreement in force throughout its last two complete periods with no measurement for either.',
  },
  (db, today) => {
    const windows = measurementPeriods.map((period) => ({
      period,
      ...lastTwoCompletePeriods(today, period),
    }));
    const params = Object.fromEntries(
      windows.flatMap(({ period, start, end }) => [
        [`${period}_start`, start],
        [`${period}_end`, end],
      ]),
    );
    const values = measurementPeriods.map((p) => `('${p}', @${p}_start, @${p}_end)`).join(', ');
    // "Nothing on or after the window's start" is one seek in the (target_id, period_start) key;
    // the latest period, for the message, is read only for the targets found.
    const rows = db
      .prepare(
        `WITH recent (period, start, finish) AS (VALUES ${values})
         SELECT ${targetColumns}, ${latestPeriod('t')} AS latest_period
         FROM ${targetFrom} JOIN recent w ON w.period = t.period
         WHERE a.status = 'agreed'
           AND (a.start_date IS NULL OR a.start_date <= w.start)
           AND (a.end_date IS NULL OR a.end_date >= w.finish)
           AND NOT EXISTS (SELECT 1 FROM measurement WHERE target_id = t.id AND period_start >= w.start)
         ORDER BY t.code`,
      )
      .all(params) as Row[];
    const byPeriod = new Map(windows.map((window) => [window.period, window]));
    return rows.map((row) => {
      const [older, latest] = byPeriod.get(row.period)!.starts;
      const missed = `${periodLabel(older, row.period)} or ${periodLabel(latest, row.period)}`;
      const history =
        row.latest_period === null
          ? 'it has never been measured'
          : `the latest result is for ${periodLabel(row.latest_period, row.period)}`;
      return {
        message: `${targetSubject(row)} has no measurement for ${missed}; ${history}.`,
        records: targetRecords(row),
      };
    });
  },
);
