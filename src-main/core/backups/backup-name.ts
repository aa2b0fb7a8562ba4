import { WORKSPACE_EXTENSION } from '../workspace/format';

/** Why a backup was taken: when the workspace was opened, by the 15-minute timer, just before a restore, or asked for. */
export const backupKinds = ['on-open', 'interval', 'before-restore', 'manual'] as const;

export type BackupKind = (typeof backupKinds)[number];

/**
 * A backup's id is its file name without the extension: the UTC time it was taken, to the
 * millisecond, and its kind — `20260314-094107-123-manual`. The page names backups by id only, and
 * this pattern admits nothing that could lead out of the backups folder.
 */
export const BACKUP_ID_PATTERN = /^\d{8}-\d{6}-\d{3}-(?:on-open|interval|before-restore|manual)$/;

export function backupId(takenAt: Date, kind: BackupKind): string {
  const stamp = takenAt.toISOString(); // 2026-03-14T09:41:07.123Z
  const digits = stamp.replace(/[-:]/g, ''); // 20260314T094107.123Z
  return `${digits.slice(0, 8)}-${digits.slice(9, 15)}-${digits.slice(16, 19)}-${kind}`;
}

export function backupFileName(id: string): string {
  return id + WORKSPACE_EXTENSION;
}

/** The time and kind an id or file name stands for, or null for anything that is not one of ours. */
export function parseBackupName(name: string): { id: string; takenAt: Date; kind: BackupKind } | null {
  const id = name.endsWith(WORKSPACE_EXTENSION) ? name.slice(0, -WORKSPACE_EXTENSION.length) : name;
  if (!BACKUP_ID_PATTERN.test(id)) return null;
  const iso = `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}T${id.slice(9, 11)}:${id.slice(11, 13)}:${id.slice(13, 15)}.${id.slice(16, 19)}Z`;
  const takenAt = new Date(iso);
  // Rejects impossible dates such as month 13, which Date would otherwise roll over.
  if (Number.isNaN(takenAt.getTime()) || takenAt.toISOString() !== iso) return null;
  const kind = id.slice(20) as BackupKind;
  return { id, takenAt, kind };
}
