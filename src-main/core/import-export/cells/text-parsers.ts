import { quoted } from './cell-text';
import { failure, success, type Read } from './codec';

/**
 * Numbers as clients type them: a decimal point or a decimal comma (Excel in much of Europe), an
 * exponent, a trailing percent sign ("99.9%" means 99.9 in a column whose unit is %). "1,000"
 * could be a thousands separator or a decimal comma, so it is refused rather than guessed ("0,125"
 * cannot be a thousands separator and is read as 0.125).
 */
export function parseNumberText(text: string): Read<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return success(null);
  const bare = trimmed.endsWith('%') ? trimmed.slice(0, -1).trimEnd() : trimmed;
  if (/^[+-]?[1-9]\d{0,2},\d{3}$/.test(bare)) {
    return failure(
      `${quoted(trimmed)} could be a thousands separator or a decimal comma; write it without the comma, or with a decimal point.`,
    );
  }
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(bare))
    return failure(`${quoted(trimmed)} is not a number.`);
  const value = Number(bare.replace(',', '.'));
  return Number.isFinite(value) ? success(value) : failure(`${quoted(trimmed)} is not a finite number.`);
}

/**
 * Dates as clients type them: YYYY-MM-DD (with a time after it, which is dropped), YYYY/MM/DD,
 * or D.M.YYYY. Slashed day-month-year is refused: 03/04/2026 is 3 April in Europe and 4 March in
 * the US, and guessing wrong would put a wrong date in audit evidence. Whether the date exists in
 * the calendar is the register schema's check.
 */
export function parseDateText(text: string): Read<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return success(null);
  const pad = (part: string) => part.padStart(2, '0');
  let match =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      trimmed,
    );
  if (match) return success(`${match[1]}-${pad(match[2]!)}-${pad(match[3]!)}`);
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (match) return success(`${match[3]}-${pad(match[2]!)}-${pad(match[1]!)}`);
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(trimmed)) {
    return failure(
      `${quoted(trimmed)} could be read as day/month or month/day; write dates as YYYY-MM-DD, e.g. 2026-03-31.`,
    );
  }
  return failure(`${quoted(trimmed)} is not a date; write dates as YYYY-MM-DD, e.g. 2026-03-31.`);
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔']);
const no = new Set(['no', 'n', 'false', '0', '']);

export function parseBooleanText(text: string): Read<boolean> {
  const key = text.trim().toLowerCase();
  if (yes.has(key)) return success(true);
  if (no.has(key)) return success(false);
  return failure(`${quoted(text)} is not yes or no.`);
}
