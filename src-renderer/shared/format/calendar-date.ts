// Calendar dates (YYYY-MM-DD) mean a day, not an instant: they are read and compared in UTC so the
// user's time zone can never shift them by one day.

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MS_PER_DAY = 86_400_000;

function utcMidnight(date: string): number {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** "12 March 2027". */
export function formatCalendarDate(date: string): string {
  return longDate.format(utcMidnight(date));
}

/** Today's date where the user is, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `today` to `date`: positive in the future, negative in the past. */
export function daysBetween(today: string, date: string): number {
  return Math.round((utcMidnight(date) - utcMidnight(today)) / MS_PER_DAY);
}

/** "in 84 days", "tomorrow", "today", "yesterday", "3 days ago". */
export function describeDaysFrom(today: string, date: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "12 Mar 2027": for tables, where the long form would be cut off. */
export function formatShortDate(date: string): string {
  return shortDate.format(utcMidnight(date));
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Mar 2027": a measurement period by the month it starts in. */
export function formatMonth(date: string): string {
  return monthYear.format(utcMidnight(date));
}

/** `date` moved by whole months, day clamped to the month's length: addMonths('2026-01-31', 1) = '2026-02-28'. */
export function addMonths(date: string, months: number): string {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}
