import { z } from 'zod';
import { BACKUP_ID_PATTERN, backupKinds } from '../../core/backups/backup-name';
import { filePath } from './workspace';

/** The page names a backup by the id the list gave it, never by a path. */
export const backupId = z
  .string()
  .max(64, 'A backup id is at most 64 characters.')
  .regex(BACKUP_ID_PATTERN, 'Name a backup by an id from the list of backups.');

export const backupKind = z.enum(backupKinds);

/** How far the workspace's change log had got: entries and the newest entry's hash. */
export const changeLogFacts = z.object({
  entries: z.number().int().nonnegative(),
  head: z.string().nullable(),
});

export const backupEntry = z.object({
  id: backupId,
  kind: backupKind,
  /** When it was taken (ISO, UTC). */
  takenAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  /** Null when the file could not be read: it is listed, but a restore of it will be refused. */
  changeLog: changeLogFacts.nullable(),
});

export const backupListing = z.object({
  /** The folder they are kept in; left out when the caller is a browser. */
  folder: z.string().nullable(),
  /** Why there are no backups of this workspace at all, when there cannot be any (an older file opened read-only). */
  unavailable: z.string().nullable(),
  /** Whether this process takes backups by itself (the app and `serve` do; one-shot commands do not). */
  automatic: z.boolean(),
  intervalMinutes: z.number().int().positive(),
  keepToday: z.number().int().positive(),
  keepDays: z.number().int().positive(),
  /** The last automatic backup that failed, if none has succeeded since. */
  lastFailure: z.object({ at: z.string(), message: z.string() }).nullable(),
  /** Newest first. */
  backups: z.array(backupEntry),
});

export const restoreInput = z.strictObject({ id: backupId });

export const restoreFileInput = z.strictObject({ path: filePath });

export const restoreReport = z.object({
  /** The backup restored: its id when it came from the list, its file name either way. */
  source: z.object({
    id: backupId.nullable(),
    fileName: z.string(),
    takenAt: z.string().nullable(),
    kind: backupKind.nullable(),
  }),
  /** The backup of the state the restore replaced: restore it to undo the restore. */
  beforeRestore: backupEntry,
  /** The workspace's change log as restored. */
  changeLog: changeLogFacts,
  /** The schema version the backup was written in, when it was older and has been brought up to date. */
  upgradedFrom: z.number().int().nullable(),
});

export type BackupEntry = z.infer<typeof backupEntry>;
export type BackupListing = z.infer<typeof backupListing>;
export type ChangeLogFacts = z.infer<typeof changeLogFacts>;
export type RestoreReport = z.infer<typeof restoreReport>;
