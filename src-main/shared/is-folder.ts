import { statSync } from 'node:fs';

/**
 * Whether a path names an existing folder. False for a file, for nothing, and for a path that
 * cannot be looked at (a part of it is a file, or it is too long): no file can be written there.
 */
export function isFolder(folder: string): boolean {
  try {
    return statSync(folder, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}
