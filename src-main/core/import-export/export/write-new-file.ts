import { closeSync, existsSync, fsyncSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ClausebookError } from '../../../api/errors';
import { removeLeftover } from '../../../shared/remove-leftover';
import { isFolder } from '../../../shared/is-folder';
import { partialPathFor, publishPartial, sweepStalePartials } from '../../../shared/partial-files';

/**
 * Writes a file that must not exist yet, so that the final name never holds a half-written file:
 * the bytes go to a temporary file beside it, are flushed to disk, and only then get the final
 * name, which never replaces a file that appeared meanwhile (see publishPartial).
 */
export function writeNewFile(target: string, bytes: Uint8Array): string {
  const file = path.resolve(target);
  const folder = path.dirname(file);
  if (existsSync(file)) throw newFileTaken(target);
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
    publishPartial(temporary, file, () => newFileTaken(target));
  } catch (error) {
    if (error instanceof ClausebookError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ClausebookError('IO', `Could not write ${target} (${reason}).`);
  } finally {
    removeLeftover(temporary);
  }
  return file;
}

/** The refusal when the name for a new file is taken: nothing is ever overwritten. */
export function newFileTaken(target: string): ClausebookError {
  return new ClausebookError(
    'CONFLICT',
    `${target} already exists; choose another name, or move the existing file away first.`,
  );
}
