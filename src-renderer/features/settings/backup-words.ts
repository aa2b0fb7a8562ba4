import type { BackupEntry, BackupListing } from '../../../src-main/api/schemas/backups';

export type BackupKind = BackupEntry['kind'];

const kindLabels: Record<BackupKind, string> = {
  'on-open': 'On open',
  interval: 'Every 15 min',
  'before-restore': 'Before restore',
  manual: 'Manual',
};

/** "On open", "Every 15 min", "Before restore", "Manual". */
export function backupKindLabel(kind: BackupKind): string {
  return kindLabels[kind];
}

const kindPhrases: Record<BackupKind, string> = {
  'on-open': 'taken when the workspace was opened',
  interval: 'taken automatically while the workspace changed',
  'before-restore': 'taken just before a restore',
  manual: 'taken with Back up now',
};

/** How a backup came to be, for sentences: "taken with Back up now". */
export function backupKindPhrase(kind: BackupKind): string {
  return kindPhrases[kind];
}

const clockTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const calendarDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** Midnight of the day `moment` falls on, where the user is. */
function localMidnight(moment: Date): number {
  return new Date(moment.getFullYear(), moment.getMonth(), moment.getDate()).getTime();
}

/**
 * When a backup was taken, as a person says it: "today 09:41", "yesterday 17:30", "12 Mar 2026,
 * 17:30" — in the user's time zone, relative to `now`.
 */
export function describeBackupTime(takenAt: string, now: Date): string {
  const moment = new Date(takenAt);
  if (Number.isNaN(moment.getTime())) return takenAt;
  const time = clockTime.format(moment);
  const days = Math.round((localMidnight(now) - localMidnight(moment)) / 86_400_000);
  if (days === 0) return `today ${time}`;
  if (days === 1) return `yesterday ${time}`;
  return `${calendarDay.format(moment)}, ${time}`;
}

/** "37 entries", "1 entry", or that the file could not be read. */
export function changeLogWords(changeLog: BackupEntry['changeLog']): string {
  if (changeLog === null) return 'Unreadable';
  return `${changeLog.entries} entr${changeLog.entries === 1 ? 'y' : 'ies'}`;
}

/** What the panel says about when backups are taken and how many are kept. */
export function policyWords(listing: BackupListing): string {
  const kept = `It keeps the last ${listing.keepToday} from today and one for each of the ${listing.keepDays} days before.`;
  return listing.automatic
    ? `Clausebook backs this workspace up when it opens and every ${listing.intervalMinutes} minutes while it changes. ${kept}`
    : `Automatic backups are off in this session; use Back up now. ${kept}`;
}
