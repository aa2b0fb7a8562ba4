import type { Session } from '../session';
import type { Workspace } from '../workspace/workspace';
import type { BackupKind } from './backup-name';
import type { WorkspaceBackups } from './workspace-backups';

export const ROLLING_INTERVAL_MINUTES = 15;

export interface RollingBackupsOptions {
  /**
   * Runs work in the same one-at-a-time order as API calls, so a backup never meets a close or a
   * restore half-way, nor a write half-done.
   */
  runExclusive(work: () => Promise<void>): Promise<void>;
  intervalMs?: number;
  /** Hears of an automatic backup that failed (it is also shown on the Backups screen). */
  report?(error: unknown): void;
}

/**
 * Automatic backups of whatever workspace the session has open: one when it is opened, then one
 * every 15 minutes if anything was written since the last. A workspace that is already in a
 * backup when it opens (just restored from one) gets no backup on open.
 */
export class RollingBackups {
  #current: Workspace | null = null;
  #stopTimer: (() => void) | null = null;
  #unsubscribe: (() => void) | null = null;
  #pending: Promise<void> = Promise.resolve();

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
    if (!this.backups.isBackedUp(workspace)) this.#backUp(workspace, 'on-open');
    const intervalMs = this.options.intervalMs ?? ROLLING_INTERVAL_MINUTES * 60_000;
    this.#stopTimer = this.backups.clock.every(intervalMs, () => this.#backUp(workspace, 'interval'));
  }

  #backUp(workspace: Workspace, kind: BackupKind): void {
    const run = this.options.runExclusive(async () => {
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
    this.#pending = Promise.all([this.#pending, run]).then(
      () => undefined,
      () => undefined,
    );
  }
}
