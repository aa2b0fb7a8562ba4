import { describe, expect, it } from 'vitest';
import {
  fingerprintLines,
  formatDate,
  formatLongDate,
  formatPeriod,
  formatShare,
  formatSize,
  formatTimestamp,
  hashLines,
} from '../../../../src-main/core/packs/document/definition/format';

describe('how the pack writes values', () => {
  it('writes calendar dates in one form, the same in every time zone', () => {
    expect(formatDate('2027-01-08')).toBe('8 Jan 2027');
    expect(formatDate(null)).toBe('–');
    expect(formatDate(null, 'Never')).toBe('Never');
    expect(formatLongDate('2027-01-08')).toBe('8 January 2027');
    expect(formatTimestamp('2026-11-22T23:30:00+02:00')).toBe('22 Nov 2026, 21:30 UTC');
  });

  it('names measured periods by their kind', () => {
    expect(formatPeriod('2026-10-01', 'monthly')).toBe('Oct 2026');
    expect(formatPeriod('2026-07-01', 'quarterly')).toBe('Q3 2026');
    expect(formatPeriod('2026-07-01', 'half_yearly')).toBe('H2 2026');
    expect(formatPeriod('2026-01-01', 'yearly')).toBe('2026');
    // Not on a period boundary, or of no set length: named by its month.
    expect(formatPeriod('2026-08-01', 'quarterly')).toBe('Aug 2026');
    expect(formatPeriod('2026-08-15', null)).toBe('Aug 2026');
  });

  it('writes sizes in decimal units and shares as whole percentages', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(999)).toBe('999 bytes');
    expect(formatSize(1500)).toBe('1.5 kB');
    expect(formatSize(148_000)).toBe('148 kB');
    expect(formatSize(12_345_678)).toBe('12 MB');
    expect(formatShare(2, 3)).toBe('67%');
    expect(formatShare(0, 0)).toBe('–');
  });

  it('splits a SHA-256 into two lines of 32 digits, and leaves anything else whole', () => {
    const hash = `${'0123456789abcdef'.repeat(2)}${'fedcba9876543210'.repeat(2)}`;
    expect(hashLines(hash)).toEqual([hash.slice(0, 32), hash.slice(32)]);
    expect(hashLines(hash).join('')).toBe(hash);
    expect(hashLines('not a hash')).toEqual(['not a hash']);
  });

  it('shows a certificate fingerprint as viewers do, however it was given', () => {
    const hex = 'ab'.repeat(16) + 'cd'.repeat(16);
    const expected = ['AB:'.repeat(15) + 'AB', 'CD:'.repeat(15) + 'CD'];
    expect(fingerprintLines(hex)).toEqual(expected);
    expect(fingerprintLines(hex.toUpperCase().match(/../g)!.join(':'))).toEqual(expected);
    expect(fingerprintLines('short')).toEqual(['short']);
  });
});
