import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { removeLeftover } from './remove-leftover';

/**
 * Every file the app writes whole (exports, packs, backups, identities) is first written under a
 * hidden temporary name beside its final one and renamed only when complete. A process killed
 * half-way leaves that temporary file behind; these functions name it, publish it and tidy up.
 */

/** A temporary file this old was left by a killed process, not by a write still under way. */
export const STALE_PARTIAL_MS = 60 * 60 * 1000;

/** What the temporary names look like, SQLite's own side files of a half-made backup included. */
const PARTIAL_NAME = /^\..+\.[0-9a-f]{12}\.partial(?:-journal|-wal|-shm)?$/;

/** `.<name>.<12 hex digits>.partial` beside `target`: hidden, unique, and clearly not the real file. */
export function partialPathFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`,
  );
}

/**
 * Deletes the temporary files killed writers left in `folder`, those untouched for an hour: a
 * write under way touches its file continuously, so it is never mistaken for a leftover. Only
 * names of the form above are considered, so nothing of the user's is touched even in a folder
 * they chose. Best effort and silent: tidying up never makes the write that asked for it fail.
 * Returns how many were deleted.
 */
export function sweepStalePartials(folder: string, now: number = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const name of names) {
    if (!PARTIAL_NAME.test(name)) continue;
    const file = path.join(folder, name);
    try {
      const stat = statSync(file);
      if (!stat.isFile() || now - stat.mtimeMs <= STALE_PARTIAL_MS) continue;
      rmSync(file);
      deleted += 1;
    } catch {
      // Gone already, or tried again next time.
    }
  }
  return deleted;
}

/** Where a file system has no hard links (FAT, some network shares), a rename stands in. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS']);

/**
 * Gives a finished temporary file its final name without ever replacing a file of that name: a
 * hard link fails when the name is taken, even by a file that appeared a moment ago; without hard
 * links, a rename after checking again. `taken` makes the refusal the caller wants to show.
 */
export function publishPartial(temporary: string, file: string, taken: () => Error): void {
  try {
    linkSync(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw taken();
    if (!NO_HARD_LINKS.has(code)) throw error;
    if (existsSync(file)) throw taken();
    renameSync(temporary, file);
    return;
  }
  removeLeftover(temporary);
}
