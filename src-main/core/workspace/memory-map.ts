import type Database from 'better-sqlite3';

/** SQLite's largest memory map (SQLITE_MAX_MMAP_SIZE); a larger value is lowered to it. */
export const MMAP_BYTES = 0x7fff0000;

/** Work under way, per connection, that asked for the file to be read without the map. */
const unmappedBy = new WeakMap<Database.Database, number>();

/**
 * Reads the workspace without its memory map until the returned function is called. For work
 * that reads a large part of the file once, such as a pack copying a GiB of evidence out of it:
 * through the map, every page it read would stay mapped into the process and count in its
 * resident memory until the map was dropped; read with plain reads, pages stay in the system's
 * file cache only. Other calls meanwhile read the same way, a little slower. The map comes back
 * when the last such work ends.
 */
export function readWithoutMemoryMap(db: Database.Database): () => void {
  const count = unmappedBy.get(db) ?? 0;
  if (count === 0) db.pragma('mmap_size = 0');
  unmappedBy.set(db, count + 1);
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    const left = (unmappedBy.get(db) ?? 1) - 1;
    unmappedBy.set(db, left);
    if (left === 0 && db.open) db.pragma(`mmap_size = ${MMAP_BYTES}`);
  };
}
