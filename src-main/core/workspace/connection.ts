import Database from 'better-sqlite3';
import { MMAP_BYTES } from './memory-map';

/**
 * Opens a connection and takes SQLite's exclusive lock with a first read, without writing
 * anything: a file already open in another process fails here at once (timeout 0), and a file
 * that is about to be refused is still exactly as it was.
 */
export function lockAndRead(file: string, options: { mustExist: boolean }): Database.Database {
  const db = new Database(file, { fileMustExist: options.mustExist, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // The first read: takes the lock, and fails with SQLITE_BUSY / NOTADB / CORRUPT as it should.
    db.pragma('journal_mode', { simple: true });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The settings every open workspace runs under; applied only once the file has been accepted. */
export function configure(db: Database.Database): Database.Database {
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
  // Committed audit data must survive a power cut, not only a crash of the app.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted client documents and records are overwritten, not left in free pages of the file.
  db.pragma('secure_delete = ON');
  // Waiting on our own exclusive lock never helps; a short timeout covers checkpoint edge cases.
  db.pragma('busy_timeout = 2000');
  // Reads through a memory map: a large workspace opened cold reads its indexes straight from the
  // page cache instead of copying every page through SQLite's own cache, and the kernel reads the
  // disk around each page it faults in, ahead of the b-tree walks that come next. The map covers
  // the whole file up to SQLite's limit (2 GiB): pages beyond the map are read one at a time (the
  // dashboard of a 1.5 GB million-measurement workspace, cold: ~1 s with a 256 MiB map, ~0.35 s
  // with the whole file mapped). Writes still go through the write-ahead log as before.
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
  return db;
}

/**
 * Whether another process holds the file's lock, asked without opening it for writing: a
 * read-only connection in exclusive mode reports SQLITE_BUSY only when someone else holds it.
 */
export function isLockedElsewhere(file: string): boolean {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode', { simple: true });
    return false;
  } catch (error) {
    return (error as { code?: string }).code === 'SQLITE_BUSY';
  } finally {
    db?.close();
  }
}
