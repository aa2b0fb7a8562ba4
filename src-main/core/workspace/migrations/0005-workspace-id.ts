import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';

/**
 * A stable id for the workspace, kept in workspace_meta. The app's rolling backups of a workspace
 * live in a folder named after it (outside the workspace, in the user's app data), so the history
 * follows the workspace when its file is renamed or moved, and two workspaces never share one.
 * Save As gives the copy an id of its own.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'workspace id',
  up(db) {
    db.prepare("INSERT OR IGNORE INTO workspace_meta (key, value) VALUES ('workspace_id', ?)").run(
      randomUUID(),
    );
  },
};
