import { existsSync } from 'node:fs';
import path from 'node:path';
import { ClausebookError } from '../../api/errors';
import { removeLeftover } from '../../shared/remove-leftover';
import type { BackupEntry, BackupListing, RestoreReport } from '../../api/schemas/backups';
import type { Session } from '../session';
import type { Workspace } from '../workspace/workspace';
import { systemClock, type BackupClock } from './backup-clock';
import { backupFileName, parseBackupName, type BackupKind } from './backup-name';
import { backupsFolderFor } from './backups-folder';
import { listBackups } from './list-backups';
import { prepareRestore } from './prepare-restore';
import { pruneBackups } from './prune-backups';
import { DEFAULT_RETENTION, type RetentionPolicy } from './retention';
import { swapWorkspaceFile } from './swap-workspace-file';
import { readWorkspaceId } from './workspace-id';
import { writeBackup } from './write-backup';

export interface WorkspaceBackupsOptions {
  /** The user's app data folder; asked each time, as Electron may move it at start. */
  userDataDir: () => string;
  clock?: BackupClock;
  policy?: RetentionPolicy;
}

/** Where to restore from: a backup of the list, by id, or a file on this machine (CLI). */
export type RestoreSource = { id: string } | { file: string };

type Listing = Omit<BackupListing, 'automatic' | 'intervalMinutes'>;

/**
 * The backups of the open workspace, kept in the user's app data: taking one, listing them,
 * pruning by the retention policy, and restoring one. Also remembers, per open workspace, how far
 * its connection had written at the last backup, so the timer backs up only what changed.
 */
export class WorkspaceBackups {
  readonly clock: BackupClock;
  readonly policy: RetentionPolicy;
  /** SQLite's total_changes() of each workspace's connection when its last backup was taken. */
  readonly #changesAtBackup = new WeakMap<Workspace, number>();
  #lastFailure: { at: string; message: string } | null = null;

  constructor(private readonly options: WorkspaceBackupsOptions) {
    this.clock = options.clock ?? systemClock;
    this.policy = options.policy ?? DEFAULT_RETENTION;
  }

  list(workspace: Workspace): Listing {
    const place = this.#placeOf(workspace);
    const common = {
      keepToday: this.policy.keepToday,
      keepDays: this.policy.keepDays,
      lastFailure: this.#lastFailure,
    };
    if ('unavailable' in place)
      return { ...common, folder: null, unavailable: place.unavailable, backups: [] };
    return { ...common, folder: place.folder, unavailable: null, backups: listBackups(place.folder) };
  }

  /** Takes a backup now, then prunes what the policy no longer keeps. */
  async create(workspace: Workspace, kind: BackupKind): Promise<BackupEntry> {
    const { folder } = this.#requirePlace(workspace);
    const changes = totalChanges(workspace);
    const now = this.clock.now();
    const entry = await writeBackup(workspace.db, folder, kind, now);
    this.#changesAtBackup.set(workspace, changes);
    this.#lastFailure = null;
    // Not right before a restore: the backup about to be restored must not be pruned from under it.
    if (kind !== 'before-restore') pruneBackups(folder, now, this.policy);
    return entry;
  }

  /** Whether this workspace has been backed up (or restored from a backup) since it was opened. */
  isBackedUp(workspace: Workspace): boolean {
    return this.#changesAtBackup.has(workspace);
  }

  /** Whether anything was written to the workspace since its last backup (or ever, if it has none). */
  hasChangedSinceBackup(workspace: Workspace): boolean {
    const atBackup = this.#changesAtBackup.get(workspace);
    return atBackup === undefined || totalChanges(workspace) !== atBackup;
  }

  /** Whether the workspace can have backups here at all (a file in an older format opened read-only cannot). */
  canBackUp(workspace: Workspace): boolean {
    return !('unavailable' in this.#placeOf(workspace));
  }

  /** Remembered until a backup succeeds, so the Backups screen can say the automatic ones are failing. */
  noteFailure(error: unknown): void {
    this.#lastFailure = {
      at: this.clock.now().toISOString(),
      message: error instanceof Error ? error.message : String(error),
    };
  }

  /**
   * Replaces the open workspace's content with a backup: the backup is checked first (a damaged or
   * foreign one is refused and nothing changes), then the current state is backed up (so the
   * restore can be undone), then the checked copy takes the file's place and the workspace is
   * reopened. The session then holds the restored workspace, and its listeners hear of it.
   */
  async restore(session: Session, source: RestoreSource): Promise<RestoreReport> {
    const workspace = session.require();
    const { folder, workspaceId } = this.#requirePlace(workspace);
    const { file, label, listed } = resolveSource(folder, source);

    const prepared = prepareRestore(file, label, workspace, workspaceId);
    let beforeRestore: BackupEntry;
    try {
      beforeRestore = await this.create(workspace, 'before-restore');
    } catch (error) {
      removeLeftover(prepared.file);
      const reason = error instanceof Error ? error.message : String(error);
      throw new ClausebookError(
        'IO',
        `The current state could not be backed up first, so nothing was restored. ${reason}`,
      );
    }

    const outcome = await swapWorkspaceFile(workspace, prepared.file);
    // Either way the workspace now open is already in a backup: the one restored, or the one just taken.
    if (outcome.workspace) this.#changesAtBackup.set(outcome.workspace, totalChanges(outcome.workspace));
    session.replace(outcome.workspace);
    if (outcome.failure) {
      if (outcome.workspace) throw outcome.failure;
      throw new ClausebookError(
        'IO',
        `${outcome.failure.message} The workspace could not be reopened; the state before the restore is kept in backup ${beforeRestore.id}.`,
      );
    }
    return {
      source: {
        id: listed?.id ?? null,
        fileName: path.basename(file),
        takenAt: listed?.takenAt.toISOString() ?? null,
        kind: listed?.kind ?? null,
      },
      beforeRestore,
      changeLog: prepared.changeLog,
      upgradedFrom: prepared.upgradedFrom,
    };
  }

  #placeOf(workspace: Workspace): { folder: string; workspaceId: string } | { unavailable: string } {
    const workspaceId = readWorkspaceId(workspace.db);
    if (workspaceId === null) {
      return {
        unavailable: `${workspace.fileName} is in an older format (version ${workspace.schemaVersion}) and was opened without upgrading it. Open it in Clausebook to bring it up to date; backups start then.`,
      };
    }
    return { folder: backupsFolderFor(this.options.userDataDir(), workspaceId), workspaceId };
  }

  #requirePlace(workspace: Workspace): { folder: string; workspaceId: string } {
    const place = this.#placeOf(workspace);
    if ('unavailable' in place) throw new ClausebookError('CONFLICT', place.unavailable);
    return place;
  }
}

function resolveSource(
  folder: string,
  source: RestoreSource,
): { file: string; label: string; listed: ReturnType<typeof parseBackupName> } {
  if ('file' in source) {
    const file = path.resolve(source.file);
    // A file from the workspace's own backups folder is one of the list, given by its path.
    const listed = path.dirname(file) === folder ? parseBackupName(path.basename(file)) : null;
    return { file, label: path.basename(file), listed };
  }
  const listed = parseBackupName(source.id);
  const file = path.join(folder, backupFileName(source.id));
  if (listed === null || !existsSync(file)) {
    throw new ClausebookError(
      'NOT_FOUND',
      `There is no backup ${source.id} of this workspace; it may have been pruned since the list was shown. Nothing was changed.`,
    );
  }
  return { file, label: `Backup ${source.id}`, listed };
}

function totalChanges(workspace: Workspace): number {
  return workspace.db.prepare('SELECT total_changes()').pluck().get() as number;
}
