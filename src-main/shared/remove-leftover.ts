import { rmSync } from 'node:fs';

/**
 * Removes a temporary file that failed work may have left, if there is one, and never throws: the
 * cleanup must not hide why the work failed. A name that could not be created (its folder is a
 * file, or it is too long) cannot be removed either, and that is no reason to report something else.
 */
export function removeLeftover(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing is left under that name.
  }
}
