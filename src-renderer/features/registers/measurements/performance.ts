import type { Measurement } from '../../../../src-main/api/schemas/registers/measurement';
import { addMonths, localToday } from '../../../shared/format/calendar-date';
import type { MeasurementPeriod } from '../model/enum-labels';

export const periodMonths = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
} as const satisfies Record<MeasurementPeriod, number>;

/** Where the next measurement most likely goes: one period after the latest, or this month. */
export function suggestedPeriod(items: readonly Measurement[], period: MeasurementPeriod | null): string {
  const latest = items.at(-1);
  if (latest && period) return addMonths(latest.periodStart, periodMonths[period]);
  return `${localToday().slice(0, 8)}01`;
}

export interface PerformanceSummary {
  measured: number;
  met: number;
  breached: number;
  latest: Measurement | null;
}

export function summarise(items: readonly Measurement[]): PerformanceSummary {
  return {
    measured: items.length,
    met: items.filter((item) => item.met === true).length,
    breached: items.filter((item) => item.met === false).length,
    latest: items.at(-1) ?? null,
  };
}
