import type { BackupEntry } from '../api/schemas/backups';
import type { BackupKind } from '../core/backups/backup-name';
import { formatBytes } from './format';

const kindLabels: Record<BackupKind, string> = {
  'on-open': 'on open',
  interval: 'every 15 min',
  'before-restore': 'before restore',
  manual: 'manual',
};

export function backupKindLabel(kind: BackupKind): string {
  return kindLabels[kind];
}

/** "2026-03-14 10:41:07", in this machine's time zone: the time a person remembers working at. */
export function formatLocalTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())} ` +
    `${two(time.getHours())}:${two(time.getMinutes())}:${two(time.getSeconds())}`
  );
}

/** "42 entries, head 3fa1c2d4e5f6", or why there is nothing to say. */
export function formatChangeLog(changeLog: BackupEntry['changeLog']): string {
  if (changeLog === null) return 'unreadable';
  const entries = `${changeLog.entries} entr${changeLog.entries === 1 ? 'y' : 'ies'}`;
  return changeLog.head === null ? entries : `${entries}, head ${changeLog.head.slice(0, 12)}`;
}

/** One line about a backup, for sentences: "taken 2026-03-14 10:41:07, manual, 1.2 MiB, 42 entries…". */
export function describeBackup(entry: BackupEntry): string {
  return `taken ${formatLocalTime(entry.takenAt)}, ${backupKindLabel(entry.kind)}, ${formatBytes(entry.sizeBytes)}, change log ${formatChangeLog(entry.changeLog)}`;
}
