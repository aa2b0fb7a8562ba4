import type { TargetValues } from '../../api/schemas/registers/target';
import { addDays, monthStart } from './calendar-days';

export type MeasurementPeriod = NonNullable<TargetValues['period']>;

/** Calendar periods: quarters start in January, April, July and October; half-years in January and July. */
const monthsPerPeriod: Record<MeasurementPeriod, number> = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

/** The first day of the period of this length that `date` falls in. */
function periodStart(date: string, period: MeasurementPeriod): string {
  const months = monthsPerPeriod[period];
  const month = Number(date.slice(5, 7)) - 1;
  return monthStart(date, -(month % months));
}

/** The last two complete periods before `today`: from the first day of the older to the last day of the newer. */
export interface RecentPeriods {
  start: string;
  end: string;
  /** The two periods' starts, older first. */
  starts: [string, string];
}

export function lastTwoCompletePeriods(today: string, period: MeasurementPeriod): RecentPeriods {
  const months = monthsPerPeriod[period];
  const current = periodStart(today, period);
  const latest = monthStart(current, -months);
  const older = monthStart(current, -2 * months);
  return { start: older, end: addDays(current, -1), starts: [older, latest] };
}

/**
 * How a period is named in a message: 2026-10 for a month, 2026 Q4, 2026 H2, 2026 for a year.
 * A period recorded with a start that is not a calendar boundary is named by its first day.
 */
export function periodLabel(start: string, period: MeasurementPeriod | null): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  const aligned = start.endsWith('-01') && period !== null && periodStart(start, period) === start;
  if (!aligned) return `the period from ${start}`;
  switch (period) {
    case 'monthly':
      return start.slice(0, 7);
    case 'quarterly':
      return `${year} Q${(month + 2) / 3}`;
    case 'half_yearly':
      return `${year} H${month === 1 ? 1 : 2}`;
    case 'yearly':
      return year;
  }
}
