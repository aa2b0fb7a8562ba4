import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { sha256File } from '../file-state';
import { runCliToEnd, type KillPlan } from './cli-process';

/**
 * Checks for a file written by an export or a backup that was killed part-way, and for the
 * workspace it was made from.
 */

/** The workspace file's bytes, and how much is waiting in a write-ahead log beside it. */
export interface WorkspaceBytes {
  sha256: string;
  logBytes: number;
}

export function workspaceBytes(file: string): WorkspaceBytes {
  const log = `${file}-wal`;
  return { sha256: sha256File(file), logBytes: existsSync(log) ? statSync(log).size : 0 };
}

/** Names in `folder` other than `expected`: what a killed writer left behind. */
export function leftoversIn(folder: string, expected: ReadonlySet<string>): string[] {
  return readdirSync(folder)
    .filter((name) => !expected.has(name))
    .sort();
}

/** The temporary name writeNewFile and writeOnlineBackup use beside `finalName` (and SQLite's journal of it). */
export function isTemporaryFor(name: string, finalName: string): boolean {
  const escaped = finalName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${escaped}\\.[0-9a-f]{12}\\.partial(-journal)?$`).test(name);
}

/**
 * A digest of everything a database holds, table by table and row by row, whatever the page
 * layout: a backup holds the same content as its source even where the bytes differ.
 */
export function contentDigest(db: Database.Database, options: { without?: string[] } = {}): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const digest = createHash('sha256');
  for (const table of tables.filter((name) => !options.without?.includes(name))) {
    const rows = (db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map((row) => {
      const cells = row.map((cell) =>
        cell instanceof Uint8Array ? Buffer.from(cell).toString('hex') : cell,
      );
      return createHash('sha256').update(JSON.stringify(cells)).digest('hex');
    });
    digest.update(`${table}\n${rows.sort().join('\n')}\n`);
  }
  return digest.digest('hex');
}

/** When, in a run left to finish, its temporary file appeared and its final file did (ms from the start). */
export interface WriteTimes {
  elapsedMs: number;
  temporaryAtMs: number | null;
  finalAtMs: number;
}

/**
 * Runs a command that writes `finalName` into `folder` to its end, watching the folder, to learn
 * when it writes: kills can then be aimed at that moment as well as anywhere in the run.
 */
export async function timeWholeRun(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; folder: string; finalName: string },
): Promise<WriteTimes> {
  const started = performance.now();
  let temporaryAtMs: number | null = null;
  let finalAtMs: number | null = null;
  const watch = setInterval(() => {
    const names = readdirSync(options.folder);
    const at = performance.now() - started;
    if (temporaryAtMs === null && names.some((name) => isTemporaryFor(name, options.finalName)))
      temporaryAtMs = at;
    if (finalAtMs === null && names.includes(options.finalName)) finalAtMs = at;
  }, 1);
  try {
    const run = await runCliToEnd(args, options);
    return { elapsedMs: run.elapsedMs, temporaryAtMs, finalAtMs: finalAtMs ?? run.elapsedMs };
  } finally {
    clearInterval(watch);
  }
}

/**
 * When to kill in one cycle: every other kill anywhere in a run (from start-up to past its end),
 * the others at a random moment while the file is being written, counted from the appearance of
 * its temporary file, which a kill anywhere would seldom hit.
 */
export function killPlan(
  random: () => number,
  times: WriteTimes,
  cycle: number,
  folder: string,
  finalName: string,
): KillPlan {
  if (cycle % 2 === 1) return { afterMs: random() * times.elapsedMs * 1.1 };
  const writing = times.temporaryAtMs === null ? 0 : times.finalAtMs - times.temporaryAtMs;
  return {
    afterMs: random() * (writing * 1.2 + 3),
    folder,
    appears: (name) => isTemporaryFor(name, finalName),
  };
}

export function describeKill(plan: KillPlan): string {
  return 'folder' in plan
    ? `${plan.afterMs.toFixed(1)} ms after the temporary file appeared`
    : `${plan.afterMs.toFixed(0)} ms after start`;
}
