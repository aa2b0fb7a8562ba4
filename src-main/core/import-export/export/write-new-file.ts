import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ClausebookError } from '../../../api/errors';
import { removeLeftover } from '../../../shared/remove-leftover';
import { isFolder } from '../../../shared/is-folder';
import { partialPathFor, sweepStalePartials } from '../../../shared/partial-files';

/**
 * Writes a file that must not exist yet, so that the final name never holds a half-written file:
 * the bytes go to a temporary file beside it, are flushed to disk, and only then get the final
 * name. A hard link gives the name without ever replacing a file that appeared meanwhile; where
 * the file system has no hard links, a rename does (after checking again that the name is free).
 */
export function writeNewFile(target: string, bytes: Uint8Array): string {
  const file = path.resolve(target);
  const folder = path.dirname(file);
  if (existsSync(file)) throw exists(target);
  if (!isFolder(folder)) throw new ClausebookError('IO', `The folder ${folder} does not exist.`);
  sweepStalePartials(folder);
  const temporary = partialPathFor(file);
  try {
    const handle = openSync(temporary, 'wx');
    try {
      writeSync(handle, bytes);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    try {
      linkSync(temporary, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw exists(target);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      if (existsSync(file)) throw exists(target);
      renameSync(temporary, file);
    }
  } catch (error) {
    if (error instanceof ClausebookError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ClausebookError('IO', `Could not write ${target} (${reason}).`);
  } finally {
    removeLeftover(temporary);
  }
  return file;
}

function exists(target: string): ClausebookError {
  return new ClausebookError(
    'CONFLICT',
    `${target} already exists; choose another name, or move the existing file away first.`,
  );
}
