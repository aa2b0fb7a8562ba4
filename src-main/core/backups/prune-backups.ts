import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { WORKSPACE_EXTENSION } from '../workspace/format';
import { backupFileName, parseBackupName } from './backup-name';
import { backupsToPrune, DEFAULT_RETENTION, localDay, type DatedBackup, type DayOf } from './retention';
import { sweepStalePartials } from '../../shared/partial-files';

/**
 * Deletes the backups the retention policy no longer keeps, and temporary files a crashed backup
 * left behind. Best effort: a file that cannot be deleted now is tried again after the next
 * backup, and never turns a backup that succeeded into a failure. Returns the ids deleted.
 */
export function pruneBackups(
  folder: string,
  now: Date,
  policy = DEFAULT_RETENTION,
  dayOf: DayOf = localDay,
): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const backups: DatedBackup[] = names
    .map((name) => (name.endsWith(WORKSPACE_EXTENSION) ? parseBackupName(name) : null))
    .filter((parsed) => parsed !== null);
  const deleted: string[] = [];
  for (const id of backupsToPrune(backups, now, policy, dayOf)) {
    try {
      rmSync(path.join(folder, backupFileName(id)));
      deleted.push(id);
    } catch {
      // Tried again next time.
    }
  }
  sweepStalePartials(folder, now.getTime());
  return deleted;
}
