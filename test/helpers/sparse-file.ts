import { closeSync, ftruncateSync, openSync } from 'node:fs';

/** A file of this size that takes no room on disk (a sparse file of zero bytes). */
export function sparseFile(file: string, size: number): string {
  const fd = openSync(file, 'w');
  try {
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
  return file;
}
