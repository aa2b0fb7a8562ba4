import { describe, expect, it } from 'vitest';
import { describeBackupTime } from '../../../src-renderer/features/settings/backup-words';

// Local times on both sides, so the tests mean the same in every time zone.
const now = new Date(2026, 2, 14, 16, 5);

describe('when a backup was taken, in words', () => {
  it('says today and yesterday by the calendar, with the time', () => {
    expect(describeBackupTime(new Date(2026, 2, 14, 9, 41).toISOString(), now)).toBe('today 09:41');
    expect(describeBackupTime(new Date(2026, 2, 14, 0, 0).toISOString(), now)).toBe('today 00:00');
    expect(describeBackupTime(new Date(2026, 2, 13, 23, 59).toISOString(), now)).toBe('yesterday 23:59');
  });

  it('gives the date for anything earlier', () => {
    expect(describeBackupTime(new Date(2026, 2, 12, 17, 30).toISOString(), now)).toBe('12 Mar 2026, 17:30');
    expect(describeBackupTime(new Date(2025, 11, 31, 8, 0).toISOString(), now)).toBe('31 Dec 2025, 08:00');
  });

  it('shows what it cannot read as it is', () => {
    expect(describeBackupTime('not a time', now)).toBe('not a time');
  });
});
