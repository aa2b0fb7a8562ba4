/**
 * How the pack writes dates, times, sizes and numbers: one form each, everywhere in the document,
 * in British English as the app does. Calendar dates (YYYY-MM-DD) mean a day, not an instant, so
 * they are formatted in UTC and never shift with the time zone of the machine making the pack.
 */

const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
const wholeNumber = new Intl.NumberFormat('en-GB');

function utcMidnight(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** "8 Jan 2027"; the fallback (an en dash unless told) for no date. */
export function formatDate(date: string | null, fallback = '–'): string {
  return date === null ? fallback : shortDate.format(utcMidnight(date));
}

/** "8 January 2027": for the cover, where there is room. */
export function formatLongDate(date: string): string {
  return longDate.format(utcMidnight(date));
}

const monthsPer = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 } as const;

/**
 * A measured period by its first day and length: "Oct 2026", "Q3 2026", "H2 2026", "2026". A
 * period that does not start on a calendar boundary (or of no set length) is named by its month.
 */
export function formatPeriod(periodStart: string, period: keyof typeof monthsPer | null): string {
  const year = periodStart.slice(0, 4);
  const month = Number(periodStart.slice(5, 7));
  const aligned = period !== null && periodStart.endsWith('-01') && (month - 1) % monthsPer[period] === 0;
  if (!aligned || period === 'monthly') return monthYear.format(utcMidnight(periodStart));
  if (period === 'quarterly') return `Q${(month + 2) / 3} ${year}`;
  if (period === 'half_yearly') return `H${month === 1 ? 1 : 2} ${year}`;
  return year;
}

/** "22 Nov 2026, 14:05 UTC": an instant, always in UTC so that everyone reads the same time. */
export function formatTimestamp(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return `${shortDate.format(instant)}, ${time.format(instant)} UTC`;
}

const byteUnits = ['bytes', 'kB', 'MB', 'GB'] as const;

/** "148 kB", "2.4 MB": decimal units, as the app and desktop file managers show them. */
export function formatSize(bytes: number): string {
  if (bytes === 1) return '1 byte';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < byteUnits.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return `${value.toFixed(digits)} ${byteUnits[unit]}`;
}

/** "1,234,567" */
export function formatCount(value: number): string {
  return wholeNumber.format(value);
}

/** A measured value as the register holds it, without float noise: 99.95, 4, 12.5. */
export function formatValue(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** "67%" of a whole, or "–" when there is nothing to divide. */
export function formatShare(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
}

/** "1 item", "3 items". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * A SHA-256 (64 hexadecimal digits) as two lines of 32, so that it fits a table column at a size
 * that can still be read and compared; anything else is returned as one line.
 */
export function hashLines(sha256: string): string[] {
  return /^[0-9a-f]{64}$/i.test(sha256) ? [sha256.slice(0, 32), sha256.slice(32)] : [sha256];
}

/**
 * A certificate fingerprint as certificate viewers show it, in pairs separated by colons, on two
 * lines of 16 pairs: "3A:F0:…". Accepts the hexadecimal digits with or without separators.
 */
export function fingerprintLines(fingerprint: string): string[] {
  const hex = fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
  if (hex.length !== 64) return [fingerprint];
  const pairs = hex.match(/../g)!;
  return [pairs.slice(0, 16).join(':'), pairs.slice(16).join(':')];
}
