import Database from 'better-sqlite3';

/**
 * Opens a connection with the settings every workspace runs under. The exclusive lock is taken
 * by the first read, so a file already open in another process fails here at once (timeout 0)
 * instead of waiting.
 */
export function connect(file: string, options: { mustExist: boolean }): Database.Database {
  const db = new Database(file, { fileMustExist: options.mustExist, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // The first read: takes the lock, and fails with SQLITE_BUSY / NOTADB / CORRUPT as it should.
    const mode = db.pragma('journal_mode', { simple: true });
    if (mode !== 'wal') db.pragma('journal_mode = WAL');
    // Committed audit data must survive a power cut, not only a crash of the app.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Waiting on our own exclusive lock never helps; a short timeout covers checkpoint edge cases.
    db.pragma('busy_timeout = 2000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
