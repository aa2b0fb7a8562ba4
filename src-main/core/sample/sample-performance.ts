import type { CustomerValues } from '../../api/schemas/registers/customer';
import type { TargetValues } from '../../api/schemas/registers/target';
import type { SampleCalendar } from './sample-calendar';
import type { SamplePerformance } from './sample-targets';

export interface PlannedMeasurement {
  periodStart: string;
  value: number;
  note: string;
}

/** How far back the sample's measurements go. */
export const MEASURED_MONTHS = 18;

const monthsPerPeriod: Record<NonNullable<TargetValues['period']>, number> = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

/**
 * The periods a target was reported for: every completed period of the last 18 months that falls
 * within its agreement's term (an agreement that ended stops being measured).
 */
export function measuredPeriodStarts(
  calendar: SampleCalendar,
  period: NonNullable<TargetValues['period']>,
  term: { startDate: string | null; endDate: string | null },
): string[] {
  const termStart = term.startDate ? `${term.startDate.slice(0, 7)}-01` : null;
  return calendar
    .completedPeriods(monthsPerPeriod[period], MEASURED_MONTHS)
    .map((offset) => calendar.monthStart(offset))
    .filter(
      (start) =>
        (termStart === null || start >= termStart) && (term.endDate === null || start <= term.endDate),
    );
}

function rounded(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The first day of the quarter a date falls in. */
function quarterStart(date: string): string {
  const month = Number(date.slice(5, 7));
  const first = month - ((month - 1) % 3);
  return `${date.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/**
 * The values a target reached in each period. `random` supplies the month-to-month variation of
 * usual values; `surveys` are the satisfaction results of the customer a survey target follows.
 */
export function plannedMeasurements(
  performance: SamplePerformance,
  periodStarts: readonly string[],
  random: () => number,
  surveys: CustomerValues['satisfaction'] = [],
): PlannedMeasurement[] {
  switch (performance.kind) {
    case 'never':
      return [];
    case 'trend':
      return periodStarts.map((periodStart, index) => ({
        periodStart,
        value: rounded(performance.start + performance.step * index, performance.decimals),
        note: '',
      }));
    case 'surveys': {
      const byQuarter = new Map(surveys.map((survey) => [quarterStart(survey.measuredOn), survey]));
      return periodStarts.flatMap((periodStart) => {
        const survey = byQuarter.get(periodStart);
        return survey ? [{ periodStart, value: survey.score, note: survey.comment }] : [];
      });
    }
    case 'series': {
      const { low, high, decimals, exceptions = {} } = performance;
      return periodStarts.map((periodStart, index) => {
        const exception = exceptions[periodStarts.length - 1 - index];
        if (exception) return { periodStart, value: exception.value, note: exception.note };
        return { periodStart, value: rounded(low + random() * (high - low), decimals), note: '' };
      });
    }
  }
}
