import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isCalendarDate,
  monthsBefore,
} from '../../../src-main/core/readiness/calendar-days';
import { compareClauses } from '../../../src-main/core/readiness/clause-order';
import { lastTwoCompletePeriods, periodLabel } from '../../../src-main/core/readiness/measurement-periods';

describe('readiness calendar arithmetic', () => {
  it('counts days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-11-22', 60)).toBe('2027-01-21');
    expect(daysBetween('2026-11-22', '2026-12-30')).toBe(38);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });

  it('goes back whole months, keeping to the last day of shorter months', () => {
    expect(monthsBefore('2026-11-22', 12)).toBe('2025-11-22');
    expect(monthsBefore('2028-02-29', 12)).toBe('2027-02-28');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate("2026-01-01' OR 1=1")).toBe(false);
  });

  it('finds the last two complete periods before a day, across year ends', () => {
    expect(lastTwoCompletePeriods('2027-01-15', 'monthly')).toEqual({
      start: '2026-11-01',
      end: '2026-12-31',
      starts: ['2026-11-01', '2026-12-01'],
    });
    expect(lastTwoCompletePeriods('2027-01-01', 'quarterly')).toEqual({
      start: '2026-07-01',
      end: '2026-12-31',
      starts: ['2026-07-01', '2026-10-01'],
    });
    expect(lastTwoCompletePeriods('2026-11-22', 'half_yearly').starts).toEqual(['2025-07-01', '2026-01-01']);
    expect(lastTwoCompletePeriods('2026-11-22', 'yearly')).toEqual({
      start: '2024-01-01',
      end: '2025-12-31',
      starts: ['2024-01-01', '2025-01-01'],
    });
  });

  it('names periods as a consultant reads them, and odd period starts by their first day', () => {
    expect(periodLabel('2026-10-01', 'monthly')).toBe('2026-10');
    expect(periodLabel('2026-07-01', 'quarterly')).toBe('2026 Q3');
    expect(periodLabel('2026-07-01', 'half_yearly')).toBe('2026 H2');
    expect(periodLabel('2026-01-01', 'yearly')).toBe('2026');
    expect(periodLabel('2026-02-01', 'quarterly')).toBe('the period from 2026-02-01');
    expect(periodLabel('2026-10-15', 'monthly')).toBe('the period from 2026-10-15');
  });

  it('orders clauses as the standard numbers them', () => {
    const clauses = ['8.3.4.2', '10.1', '8.3.1', '8.2.6', '8.3.4.1', '8.3.4', '9.1', '8.2.10'];
    expect([...clauses].sort(compareClauses)).toEqual([
      '8.2.6',
      '8.2.10',
      '8.3.1',
      '8.3.4',
      '8.3.4.1',
      '8.3.4.2',
      '9.1',
      '10.1',
    ]);
  });
});
