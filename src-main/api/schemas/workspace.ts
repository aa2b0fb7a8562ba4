import { z } from 'zod';
import { engagement } from './engagement';

/** A path on the user's machine; only local callers (CLI, Electron main) may pass one. */
export const filePath = z.string().min(1, 'Give a file path.').max(4096, 'The path is too long.');

export const workspaceSummary = z.object({
  fileName: z.string(),
  /** The folder is left out when the caller is a browser: it has no business knowing the user's file tree. */
  path: z.string().nullable(),
  schemaVersion: z.number().int(),
  appSchemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
  engagement,
  counts: z.record(z.string(), z.number().int()),
});

export const checkReport = z.object({
  ok: z.boolean(),
  changeLog: z.object({
    ok: z.boolean(),
    entries: z.number().int(),
    firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
  }),
  integrity: z.array(z.string()),
  foreignKeys: z.array(
    z.object({ table: z.string(), rowid: z.number().nullable(), parent: z.string(), fkid: z.number() }),
  ),
  /** Register tables whose kept row count (for the dashboard) differs from the rows they hold. */
  miscounted: z.array(z.object({ table: z.string(), kept: z.number().int(), rows: z.number().int() })),
});

export const openedWorkspace = workspaceSummary.extend({
  /** Where the backup of an older file was written before it was upgraded, if it was. */
  upgradeBackup: z.string().nullable(),
});

export const backupResult = z.object({ path: z.string(), sizeBytes: z.number().int() });

export type WorkspaceSummary = z.infer<typeof workspaceSummary>;
export type CheckReport = z.infer<typeof checkReport>;
export type BackupResult = z.infer<typeof backupResult>;
