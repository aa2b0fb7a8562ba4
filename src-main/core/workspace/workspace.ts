import type Database from 'better-sqlite3';
import path from 'node:path';

/**
 * An open workspace file. The connection holds SQLite's exclusive lock for as long as the
 * workspace is open, so no other Clausebook process can open the same file meanwhile.
 */
export class Workspace {
  #closed = false;

  constructor(
    readonly db: Database.Database,
    readonly file: string,
  ) {}

  get fileName(): string {
    return path.basename(this.file);
  }

  /** False once closed: work that outlived it (a pack being written) must not touch it then. */
  get isOpen(): boolean {
    return !this.#closed;
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Size of the database as SQLite sees it (pages in use), including changes still in the log. */
  get sizeBytes(): number {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    return pages * pageSize;
  }

  /** Runs `work` as one write transaction: all of it is saved, or none of it. */
  write<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      // Closed in the middle of a long write (an import paused for the event loop when the app
      // quits): none of it is kept, and the checkpoint below is not refused because of it.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      // Fold the log back into the file so the workspace is one self-contained file again.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}
