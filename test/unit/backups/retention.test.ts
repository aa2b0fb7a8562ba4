import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupKinds, type BackupKind } from '../../../src-main/core/backups/backup-name';
import { backupsToPrune, type DatedBackup, type DayOf } from '../../../src-main/core/backups/retention';

// Days in UTC, so the tests mean the same on every machine; the app passes the user's local days.
const utcDay: DayOf = (moment) => Math.floor(moment.getTime() / 86_400_000);
const policy = { keepToday: 8, keepDays: 14 };
const now = new Date('2026-03-14T16:00:00Z');

function backup(iso: string, kind: BackupKind = 'interval'): DatedBackup {
  return { id: `${iso}-${kind}`, takenAt: new Date(iso), kind };
}

/** Every 15 minutes from `from`, `count` times. */
function every15(from: string, count: number, kind: BackupKind = 'interval'): DatedBackup[] {
  return Array.from({ length: count }, (_, index) =>
    backup(new Date(Date.parse(from) + index * 15 * 60_000).toISOString(), kind),
  );
}

const prune = (backups: DatedBackup[], at = now) => backupsToPrune(backups, at, policy, utcDay);
const kept = (backups: DatedBackup[], at = now) => {
  const doomed = new Set(prune(backups, at));
  return backups.filter((entry) => !doomed.has(entry.id)).map((entry) => entry.id);
};

describe('backup retention', () => {
  it('keeps everything while there are fewer than the limits', () => {
    const backups = [...every15('2026-03-14T09:00:00Z', 5), backup('2026-03-13T17:00:00Z')];
    expect(prune(backups)).toEqual([]);
  });

  it("keeps the newest 8 of today's and prunes the older ones", () => {
    const today = every15('2026-03-14T09:00:00Z', 12);
    expect(kept(today)).toEqual(today.slice(4).map((entry) => entry.id));
    expect(prune(today).sort()).toEqual(
      today
        .slice(0, 4)
        .map((entry) => entry.id)
        .sort(),
    );
  });

  it('keeps the last backup of each of the 14 days before today, and nothing older', () => {
    const earlier: DatedBackup[] = [];
    for (let daysAgo = 1; daysAgo <= 20; daysAgo += 1) {
      const day = new Date(Date.UTC(2026, 2, 14 - daysAgo)).toISOString().slice(0, 10);
      earlier.push(
        backup(`${day}T09:00:00.000Z`),
        backup(`${day}T17:30:00.000Z`),
        backup(`${day}T12:00:00.000Z`),
      );
    }
    const survivors = kept(earlier);
    expect(survivors).toHaveLength(14);
    for (const id of survivors) expect(id).toMatch(/T17:30:00\.000Z/);
    expect(survivors).toContain('2026-03-13T17:30:00.000Z-interval');
    expect(survivors).toContain('2026-02-28T17:30:00.000Z-interval'); // 14 days before the 14th
    expect(survivors).not.toContain('2026-02-27T17:30:00.000Z-interval'); // 15 days before
  });

  it('counts days by the calendar, not by 24-hour spans from now', () => {
    // Five minutes before midnight is yesterday, even though it is only minutes ago.
    const justNow = new Date('2026-03-14T00:10:00Z');
    const backups = [
      ...every15('2026-03-13T23:00:00Z', 4), // 23:00 … 23:45 yesterday
      backup('2026-03-14T00:05:00.000Z'),
    ];
    expect(kept(backups, justNow)).toEqual([
      '2026-03-13T23:45:00.000Z-interval',
      '2026-03-14T00:05:00.000Z-interval',
    ]);
  });

  it('keeps the newest "before restore" backup even when today has 8 newer ones, so a restore can be undone', () => {
    const beforeRestore = backup('2026-03-14T08:00:00.000Z', 'before-restore');
    const olderBeforeRestore = backup('2026-03-14T07:00:00.000Z', 'before-restore');
    const later = every15('2026-03-14T09:00:00Z', 10);
    const survivors = kept([olderBeforeRestore, beforeRestore, ...later]);
    expect(survivors).toContain(beforeRestore.id);
    expect(survivors).not.toContain(olderBeforeRestore.id);
    expect(survivors).toHaveLength(9);
  });

  it('does not keep a "before restore" backup beyond the 14 days', () => {
    const old = backup('2026-02-01T10:00:00.000Z', 'before-restore');
    expect(prune([old])).toEqual([old.id]);
  });

  it('treats backups dated after now (a clock set back) as today', () => {
    const future = every15('2026-03-15T09:00:00Z', 10);
    expect(kept(future)).toEqual(future.slice(2).map((entry) => entry.id));
  });

  it('never prunes the newest backup, and keeps at most 8 + 14 + 1', () => {
    const moment = fc.date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2026-04-01T00:00:00Z'),
      noInvalidDate: true,
    });
    const entry = fc.record({ takenAt: moment, kind: fc.constantFrom(...backupKinds) });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 80 }), moment, (entries, at) => {
        const backups = entries.map((item, index) => ({ id: `b${index}`, ...item }));
        const doomed = new Set(prune(backups, at));
        const survivors = backups.filter((item) => !doomed.has(item.id));
        expect(survivors.length).toBeLessThanOrEqual(policy.keepToday + policy.keepDays + 1);
        const newestTime = Math.max(...backups.map((item) => item.takenAt.getTime()));
        if (utcDay(at) - utcDay(new Date(newestTime)) <= policy.keepDays)
          expect(survivors.some((item) => item.takenAt.getTime() === newestTime)).toBe(true);
        // Nothing from more than 14 days ago survives.
        for (const item of survivors) expect(utcDay(at) - utcDay(item.takenAt)).toBeLessThanOrEqual(14);
      }),
      { seed: 20260314, numRuns: 300 },
    );
  });
});
