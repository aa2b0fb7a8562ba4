import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { ClausebookError } from '../../api/errors';
import { removeLeftover } from '../../shared/remove-leftover';
import { describe } from '../workspace/inspect-workspace-file';
import { openWorkspace } from '../workspace/open-workspace';
import type { Workspace } from '../workspace/workspace';

export interface SwapOutcome {
  /** The workspace now open: the restored one, or the original reopened when the swap failed; null if neither opens. */
  workspace: Workspace | null;
  /** Why the restored copy is not in place, if it is not. */
  failure: ClausebookError | null;
}

/**
 * Puts a prepared copy in the place of a workspace's file. The workspace is closed (its log folded
 * into the file), the old file is kept under a hidden name, and the copy is renamed over the
 * workspace's name: one atomic step, so that name always holds a whole file, old or new, and
 * never half of one. The workspace is then reopened. If the copy cannot be put in place or will
 * not open, the old file is put back and reopened. Never throws: the outcome says what happened.
 */
export async function swapWorkspaceFile(workspace: Workspace, prepared: string): Promise<SwapOutcome> {
  const file = workspace.file;
  const name = path.basename(file);
  workspace.close();
  const giveUp = async (reason: string): Promise<SwapOutcome> => {
    removeLeftover(prepared);
    return {
      workspace: await reopen(file),
      failure: new ClausebookError(
        'IO',
        `The backup could not be put in place of ${name}: ${reason}. Nothing was changed.`,
      ),
    };
  };

  // A log left beside the old file would be replayed into the new one. Closing folds it in and
  // removes it; if it is still there with pages in it, the workspace did not close cleanly.
  const log = `${file}-wal`;
  if (existsSync(log)) {
    if (statSync(log).size > 0) return giveUp('the workspace could not be closed cleanly');
    removeLeftover(log);
  }

  const kept = path.join(path.dirname(file), `.${name}.${randomBytes(6).toString('hex')}.replaced`);
  try {
    keepCopy(file, kept);
  } catch (error) {
    removeLeftover(kept);
    return giveUp(describe(error));
  }
  try {
    renameSync(prepared, file);
    syncFolder(path.dirname(file));
  } catch (error) {
    removeLeftover(kept);
    return giveUp(describe(error));
  }

  try {
    const { workspace: restored } = await openWorkspace(file);
    removeLeftover(kept);
    return { workspace: restored, failure: null };
  } catch (error) {
    // Put the old file back as it was and carry on with it.
    try {
      renameSync(kept, file);
      syncFolder(path.dirname(file));
    } catch {
      // Left under its hidden name; the message below and the pre-restore backup still hold it.
    }
    const reason = error instanceof ClausebookError ? error.message : describe(error);
    return {
      workspace: await reopen(file),
      failure: new ClausebookError(
        'IO',
        `The restored workspace could not be opened (${reason}); ${name} was put back as it was.`,
      ),
    };
  }
}

/** A second name for the old file (a hard link costs nothing); a copy where links are not supported. */
function keepCopy(file: string, kept: string): void {
  try {
    linkSync(file, kept);
  } catch {
    copyFileSync(file, kept);
  }
}

async function reopen(file: string): Promise<Workspace | null> {
  try {
    return (await openWorkspace(file)).workspace;
  } catch {
    return null;
  }
}

/** Makes a rename durable on systems where a folder can be synced; elsewhere the rename stands as it is. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open folders this way; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
