/**
 * Excel keeps dates as day numbers ("serials"): day 1 is 1900-01-01 in the usual 1900 date system
 * (which counts a 29 February 1900 that never was, so serial 61 is 1900-03-01), and day 0 is
 * 1904-01-01 in the 1904 system of old Mac workbooks.
 */
const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in each system. */
const UNIX_EPOCH_SERIAL = { 1900: 25_569, 1904: 24_107 } as const;
/** 9999-12-31, the last date Excel knows. */
const LAST_SERIAL = 2_958_465;

/** The calendar date of a serial, or null when the number cannot be a date Excel would show. */
export function serialToCalendarDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 61) || serial > LAST_SERIAL) return null;
  const epoch = UNIX_EPOCH_SERIAL[date1904 ? 1904 : 1900];
  return new Date(Math.round((Math.floor(serial) - epoch) * MS_PER_DAY)).toISOString().slice(0, 10);
}

/**
 * The calendar date of a date cell. The workbook reader builds dates in UTC, so the UTC fields are
 * the day the spreadsheet shows; the time of day, if any, is not part of a register date.
 */
export function dateCellToCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date cell as text for a text column: the date, with the time when there is one. */
export function dateCellToText(date: Date): string {
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** A calendar date as the UTC midnight a workbook writer turns into a whole-day serial. */
export function calendarDateToDateCell(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
