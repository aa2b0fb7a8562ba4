import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import { describe } from './inspect-workspace-file';
import { alreadyExists } from './workspace-refusals';
import { removeLeftover } from '../../shared/remove-leftover';
import { isFolder } from '../../shared/is-folder';
import { partialPathFor, publishPartial, sweepStalePartials } from '../../shared/partial-files';

/**
 * Writes a consistent copy of a live database with SQLite's online backup API, into a temporary
 * file beside the destination that is renamed into place only when complete: the destination
 * name never holds half a backup, and an existing file there is never replaced. Temporary files
 * that earlier killed backups left in the folder are cleared first.
 */
export async function writeOnlineBackup(
  db: Database.Database,
  destination: string,
): Promise<{ path: string; sizeBytes: number }> {
  const target = path.resolve(destination);
  const name = path.basename(target);
  if (existsSync(target)) {
    throw alreadyExists(target, 'choose another name so nothing is overwritten');
  }
  if (!isFolder(path.dirname(target))) {
    throw new ClausebookError('IO', `The folder ${path.dirname(target)} does not exist.`);
  }
  sweepStalePartials(path.dirname(target));
  const partial = partialPathFor(target);
  try {
    await db.backup(partial);
    publish(partial, target);
  } catch (error) {
    removeLeftover(partial);
    if (error instanceof ClausebookError) throw error;
    throw new ClausebookError('IO', `The backup to ${name} could not be written: ${describe(error)}.`);
  }
  return { path: target, sizeBytes: statSync(target).size };
}

/** Moves a finished backup to its final name without ever replacing a file that appeared meanwhile. */
export function publish(from: string, to: string): void {
  publishPartial(from, to, () => alreadyExists(to, 'choose another name so nothing is overwritten'));
}
