import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import { EventLoopSlicer } from '../../shared/event-loop-slicer';

/** Why an import stopped when its workspace went away between two slices of its work. */
export function closedDuringImport(): ClausebookError {
  return new ClausebookError(
    'CONFLICT',
    'The workspace was closed while the import was running; nothing was imported. Open it and import the file again.',
  );
}

/**
 * The pauses of an import: it checks and writes rows in slices of about 30 ms and lets the event
 * loop run between them, so the app's window and messages stay answered during a million-row
 * import. Call `pause()` between rows when `due`, never while a statement iterator is open.
 *
 * The import's transaction stays open across pauses; only the API queue's own calls are kept out
 * by it, so after each pause the connection is checked: the app closes the workspace when it quits,
 * whatever is running, and SQLite then rolls the open transaction back.
 */
export class ImportPacing {
  readonly #slicer = new EventLoopSlicer();

  constructor(private readonly db: Database.Database | null) {}

  get due(): boolean {
    return this.#slicer.due;
  }

  async pause(): Promise<void> {
    await this.#slicer.checkpoint();
    if (this.db && !this.db.open) throw closedDuringImport();
  }
}
