import { open } from 'node:fs/promises';
import type Database from 'better-sqlite3';
import { closedDuringImport } from './import-pacing';

/**
 * Runs async import work in one transaction that stays open while the work pauses for the event
 * loop: better-sqlite3's `db.transaction()` cannot span an await, so it is begun and ended by
 * hand. A write transaction (BEGIN IMMEDIATE) holds the write lock from the start, so nothing can
 * change between the checks and the writes; a read transaction sees one state of the workspace
 * throughout. Whatever ends the work other than its own return rolls everything back; helpers
 * that use `db.transaction()` inside it get savepoints, as they would in any transaction.
 */
export async function inImportTransaction<T>(
  db: Database.Database,
  mode: 'read' | 'write',
  work: () => Promise<T>,
): Promise<T> {
  if (!db.open) throw closedDuringImport();
  db.exec(mode === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN');
  let committed = false;
  try {
    const result = await work();
    if (mode === 'write') {
      await commitLargeWrite(db);
    } else {
      // A read transaction is ended the same way: it wrote nothing.
      db.exec('COMMIT');
    }
    committed = true;
    return result;
  } finally {
    // A closed connection has rolled back already; a failed COMMIT leaves the transaction open.
    if (!committed && db.open && db.inTransaction) db.exec('ROLLBACK');
  }
}

/**
 * Commits a transaction of possibly a million rows without holding the thread for all of what
 * SQLite does at a commit at once. Its log is flushed to disk first on a background thread, so
 * the commit's own flush has little left to do; and the checkpoint SQLite would run straight after
 * the commit (copying the log into the workspace file) runs after a pause instead.
 */
async function commitLargeWrite(db: Database.Database): Promise<void> {
  await flushLog(db);
  if (!db.open) throw closedDuringImport();
  const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    db.exec('COMMIT');
  } finally {
    db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
  }
  // Committed: what follows only tidies, and a workspace closed meanwhile checkpoints as it closes.
  // A timer, not setImmediate: the commit may have run in the loop's I/O phase, and an immediate
  // would then run in the same turn of the loop, before any timer or new message.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (db.open && autoCheckpoint > 0) db.pragma('wal_checkpoint(PASSIVE)');
}

/** Writes the log's pages out to disk off this thread; only a head start for the commit's flush. */
async function flushLog(db: Database.Database): Promise<void> {
  try {
    const log = await open(`${db.name}-wal`, 'r+');
    try {
      await log.datasync();
    } finally {
      await log.close();
    }
  } catch {
    // No log file (an in-memory or rollback-journal database) or one that cannot be opened:
    // the commit flushes everything itself.
  }
}
