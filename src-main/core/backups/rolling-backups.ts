import type { ReadTurn } from '../../api/turns';
import type { Session } from '../session';
import type { Workspace } from '../workspace/workspace';
import type { BackupKind } from './backup-name';
import type { WorkspaceBackups } from './workspace-backups';

export const ROLLING_INTERVAL_MINUTES = 15;

/**
 * The backup on open copies the file once the calls have been quiet this long (the first screen
 * shown), or at once when a call that writes, closes or restores is waiting for it.
 */
export const ON_OPEN_QUIET_MS = 2000;

export interface RollingBackupsOptions {
  /**
   * Runs work in turn with the API calls: calls that only read run beside it, calls that write,
   * close or restore wait until it ends, so a backup never meets a close or a restore half-way,
   * nor a write half-done.
   */
  runAlongsideReads(work: (turn: ReadTurn) => Promise<void>): Promise<void>;
  intervalMs?: number;
  /** Hears of an automatic backup that failed (it is also shown on the Backups screen). */
  report?(error: unknown): void;
}

/**
 * Automatic backups of whatever workspace the session has open: one when it is opened, then one
 * every 15 minutes if anything was written since the last. A workspace that is already in a
 * backup when it opens (just restored from one) gets no backup on open.
 *
 * A backup only reads the workspace, so calls that only read run beside it; calls that write wait
 * for it. The backup on open takes its turn at once, so every write of the session waits for it
 * and it holds the workspace as it was opened; but it starts copying only once the calls have gone
 * quiet, or at once when a write is waiting: a large workspace opened cold shows its first screen
 * without competing with a copy of the whole file for the disk and the event loop.
 */
export class RollingBackups {
  #current: Workspace | null = null;
  #stopTimer: (() => void) | null = null;
  #unsubscribe: (() => void) | null = null;
  #pending: Promise<void> = Promise.resolve();
  /** Backups asked for and not yet finished. */
  #backingUp = 0;

  constructor(
    private readonly session: Session,
    private readonly backups: WorkspaceBackups,
    private readonly options: RollingBackupsOptions,
  ) {}

  start(): void {
    if (this.#unsubscribe) return;
    this.#unsubscribe = this.session.onChange(() => this.#follow());
    this.#follow();
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#stopTimer?.();
    this.#stopTimer = null;
    this.#current = null;
  }

  /** Resolves once every backup asked for so far has finished or failed. */
  settled(): Promise<void> {
    return this.#pending;
  }

  #follow(): void {
    const workspace = this.session.workspace;
    if (workspace === this.#current) return;
    this.#stopTimer?.();
    this.#stopTimer = null;
    this.#current = workspace;
    if (workspace === null) return;
    if (!this.backups.isBackedUp(workspace)) {
      this.#backUp(workspace, 'on-open', ({ writeWaiting, quiet }) =>
        Promise.race([writeWaiting, quiet(ON_OPEN_QUIET_MS)]),
      );
    }
    const intervalMs = this.options.intervalMs ?? ROLLING_INTERVAL_MINUTES * 60_000;
    this.#stopTimer = this.backups.clock.every(intervalMs, () => this.#backUp(workspace, 'interval'));
  }

  #backUp(workspace: Workspace, kind: BackupKind, ready?: (turn: ReadTurn) => Promise<void>): void {
    // One backup at a time: a timer that fires while the backup on open waits for quiet waits for
    // it; otherwise the backup takes its turn at once, before any call made after this moment.
    const takeTurn = () =>
      this.options.runAlongsideReads(async (turn) => {
        await ready?.(turn);
        // Closed or replaced while waiting for its turn: nothing of this workspace to keep now.
        if (this.session.workspace !== workspace || !workspace.isOpen) return;
        if (!this.backups.canBackUp(workspace)) return;
        if (kind === 'interval' && !this.backups.hasChangedSinceBackup(workspace)) return;
        try {
          await this.backups.create(workspace, kind);
        } catch (error) {
          // Closed half-way (the app quitting): the partial copy is gone and nothing was lost.
          if (!workspace.isOpen) return;
          this.backups.noteFailure(error);
          this.options.report?.(error);
        }
      });
    const run = this.#backingUp > 0 ? this.#pending.then(takeTurn) : takeTurn();
    this.#backingUp += 1;
    this.#pending = Promise.all([this.#pending, run]).then(
      () => undefined,
      () => undefined,
    );
    void run.finally(() => (this.#backingUp -= 1)).catch(() => {});
  }
}
