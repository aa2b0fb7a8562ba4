import { describe, expect, it } from 'vitest';
import { enumReader } from '../../../src-main/core/import-export/cells/enum-labels';
import {
  parseBooleanText,
  parseDateText,
  parseNumberText,
} from '../../../src-main/core/import-export/cells/text-parsers';
import {
  agreementTypes,
  comparisons,
  periods,
  supplierKinds,
} from '../../../src-main/core/import-export/columns/choices';
import { serialToCalendarDate } from '../../../src-main/core/import-export/table/excel-dates';

const ok = <T>(value: T) => ({ ok: true, value });

describe('values as clients write them', () => {
  it('reads numbers with a decimal point or comma, an exponent or a percent sign, and refuses ambiguous ones', () => {
    expect(parseNumberText('99.5')).toEqual(ok(99.5));
    expect(parseNumberText(' 99,95 ')).toEqual(ok(99.95));
    expect(parseNumberText('0,125')).toEqual(ok(0.125));
    expect(parseNumberText('-1.5')).toEqual(ok(-1.5));
    expect(parseNumberText('1e-7')).toEqual(ok(1e-7));
    expect(parseNumberText('99.9 %')).toEqual(ok(99.9));
    expect(parseNumberText('')).toEqual(ok(null));
    expect(parseNumberText('1,000')).toMatchObject({ ok: false });
    expect(parseNumberText('1.000.000')).toEqual({ ok: false, message: '"1.000.000" is not a number.' });
    expect(parseNumberText('n/a')).toEqual({ ok: false, message: '"n/a" is not a number.' });
  });

  it('reads ISO, slashed ISO and dotted European dates, drops a time, and refuses day/month ambiguity', () => {
    expect(parseDateText('2026-3-5')).toEqual(ok('2026-03-05'));
    expect(parseDateText('2026/03/05')).toEqual(ok('2026-03-05'));
    expect(parseDateText('5.3.2026')).toEqual(ok('2026-03-05'));
    expect(parseDateText('2026-03-05T14:30:00Z')).toEqual(ok('2026-03-05'));
    expect(parseDateText('2026-03-05 14:30')).toEqual(ok('2026-03-05'));
    expect(parseDateText('05/03/2026')).toMatchObject({ ok: false });
    expect(parseDateText('March 5')).toMatchObject({ ok: false });
  });

  it('turns Excel day numbers into dates in both date systems', () => {
    expect(serialToCalendarDate(46023, false)).toBe('2026-01-01');
    expect(serialToCalendarDate(61, false)).toBe('1900-03-01');
    expect(serialToCalendarDate(60, false)).toBeNull();
    expect(serialToCalendarDate(44561, true)).toBe('2026-01-01');
    expect(serialToCalendarDate(3_000_000, false)).toBeNull();
  });

  it('reads yes and no', () => {
    for (const yes of ['Yes', 'y', 'TRUE', '1', 'x', '✓'])
      expect(parseBooleanText(yes), yes).toEqual(ok(true));
    for (const no of ['No', 'n', 'false', '0', '']) expect(parseBooleanText(no), no).toEqual(ok(false));
    expect(parseBooleanText('maybe')).toEqual({ ok: false, message: '"maybe" is not yes or no.' });
  });

  it('reads choices by label, by value and by other names, in any case and spelling', () => {
    const kind = enumReader(supplierKinds);
    expect(kind('Customer acting as a supplier')).toEqual(ok('customer'));
    expect(kind('EXTERNAL SUPPLIER')).toEqual(ok('external'));
    expect(kind('internal')).toEqual(ok('internal'));
    const type = enumReader(agreementTypes);
    expect(type('Underpinning contract')).toEqual(ok('contract'));
    expect(type('uc')).toEqual(ok('contract'));
    expect(type('MoU')).toEqual(ok('other'));
    expect(enumReader(periods)('half_yearly')).toEqual(ok('half_yearly'));
    expect(enumReader(periods)('Half yearly')).toEqual(ok('half_yearly'));
    const comparison = enumReader(comparisons);
    expect(comparison('>=')).toEqual(ok('>='));
    expect(comparison('≤')).toEqual(ok('<='));
    expect(comparison('At least')).toEqual(ok('>='));
    expect(comparison('=')).toEqual(ok('='));
    expect(comparison('~')).toEqual({
      ok: false,
      message:
        '"~" is not a comparison Clausebook knows; use at least, at most, more than, less than or equal to.',
    });
  });
});
