import type Database from 'better-sqlite3';

/** What every register write needs: the database, the time of the change, and who made it. */
export interface WriteContext {
  db: Database.Database;
  now: Date;
  /** The consultant named in the engagement settings; recorded in the change log. */
  actor: string;
}

export function writeContext(db: Database.Database, now = new Date()): WriteContext {
  const row = db.prepare('SELECT consultant_name FROM engagement WHERE id = 1').get() as
    { consultant_name: string } | undefined;
  return { db, now, actor: row?.consultant_name || 'Unnamed consultant' };
}
