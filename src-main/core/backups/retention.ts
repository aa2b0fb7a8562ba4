import type { BackupKind } from './backup-name';

export interface RetentionPolicy {
  /** How many of today's backups are kept, newest first. */
  keepToday: number;
  /** For how many earlier days one backup (the day's last) is kept. */
  keepDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepToday: 8, keepDays: 14 };

export interface DatedBackup {
  id: string;
  takenAt: Date;
  kind: BackupKind;
}

/** The calendar day a moment falls on, as a whole number, in the time zone the user lives in. */
export type DayOf = (moment: Date) => number;

/** Days are the user's local days: "today" starts at their midnight, not at UTC's. */
export const localDay: DayOf = (moment) =>
  Math.round(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate()) / 86_400_000);

/**
 * Which backups to delete, as ids. Kept: the newest `keepToday` of today (a clock set back makes
 * "later than today" count as today), the newest of each of the `keepDays` days before, and the
 * newest "before restore" backup within that window, so the last restore can always be undone.
 * Everything else goes, including anything older than the window.
 */
export function backupsToPrune(
  backups: readonly DatedBackup[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  dayOf: DayOf = localDay,
): string[] {
  const today = dayOf(now);
  const newestFirst = [...backups].sort(
    (a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
  const keep = new Set<string>();
  let keptToday = 0;
  const daysKept = new Set<number>();
  let beforeRestoreKept = false;
  for (const backup of newestFirst) {
    const age = today - dayOf(backup.takenAt);
    if (age > policy.keepDays) continue;
    if (age <= 0) {
      if (keptToday < policy.keepToday) {
        keep.add(backup.id);
        keptToday += 1;
      }
    } else if (!daysKept.has(age)) {
      daysKept.add(age);
      keep.add(backup.id);
    }
    if (backup.kind === 'before-restore' && !beforeRestoreKept) {
      beforeRestoreKept = true;
      keep.add(backup.id);
    }
  }
  return newestFirst.filter((backup) => !keep.has(backup.id)).map((backup) => backup.id);
}
