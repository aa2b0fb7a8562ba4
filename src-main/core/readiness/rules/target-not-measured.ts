import { periodLabel, type MeasurementPeriod } from '../measurement-periods';
import { defineRule } from '../readiness-rule';
import { targetRecords, targetSubject } from '../sql/target-columns';
import { measurementWindows, targetStanding, type TargetStanding } from '../sql/target-standing';

/** A target not measured has a measurement period. */
interface Row extends TargetStanding {
  period: MeasurementPeriod;
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
  (_db, today, run) => {
    const rows = targetStanding(run).filter((row) => row.not_measured === 1) as Row[];
    const windows = measurementWindows(today);
    return rows.map((row) => {
      const [older, latest] = windows.get(row.period)!.starts;
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
