import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';

const WORKSPACE_ID_KEY = 'workspace_id';

/** What a workspace id looks like (migration 5 writes a UUID); anything else is not used as a folder name. */
const WORKSPACE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The workspace's stable id, or null for a file from before migration 5 (opened without upgrading)
 * or one whose id has been tampered with into something that is not safe as a folder name.
 */
export function readWorkspaceId(db: Database.Database): string | null {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'workspace_meta'");
  if (hasMeta.get() === undefined) return null;
  const value = db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(WORKSPACE_ID_KEY);
  return typeof value === 'string' && WORKSPACE_ID_PATTERN.test(value) ? value : null;
}

/** Sets the id (a restored copy takes the id of the workspace it replaces). */
export function writeWorkspaceId(db: Database.Database, id: string): void {
  db.prepare(
    'INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(WORKSPACE_ID_KEY, id);
}

/** Gives a copy (Save As) an id of its own, so its backups are not mixed with the original's. */
export function giveNewWorkspaceId(db: Database.Database): string {
  const id = randomUUID();
  writeWorkspaceId(db, id);
  return id;
}
