import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import path from 'node:path';
import { cliBundle } from '../cli';

/** The built CLI under test: dist/ as `npm run build` writes it, or the build CLAUSEBOOK_E2E_CLI names. */
export const builtCli = process.env.CLAUSEBOOK_E2E_CLI ?? cliBundle;

export function assertCliBuilt(): void {
  if (!existsSync(builtCli))
    throw new Error(`${builtCli} is missing: run "npm run build" before these tests.`);
}

/** The app data folder (signing identities, rolling backups) of a test that works in `dir`. */
export function userDataDirIn(dir: string): string {
  return path.join(dir, 'user-data');
}

/**
 * The environment of every child: its own app data folder (never the user's real one), and Node's
 * compile cache in `dir`. Loading the 8 MB bundle is most of a kill cycle's cost; the cache, filled
 * by the first child that exits normally, roughly halves it.
 */
export function childEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CLAUSEBOOK_USER_DATA_DIR: userDataDirIn(dir),
    NODE_COMPILE_CACHE: path.join(dir, 'compile-cache'),
    ...extra,
  };
}

export interface CliRun {
  /** Whether the command ended by itself (with `exitCode`), rather than being killed. */
  finishedOnItsOwn: boolean;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

/**
 * When to send SIGKILL: some milliseconds after the child started, or some milliseconds after a
 * file whose name passes `appears` shows up in `folder` (aimed at a moment a timer would seldom hit).
 */
export type KillPlan =
  { afterMs: number } | { afterMs: number; folder: string; appears: (name: string) => boolean };

/**
 * Runs `clausebook …` in a child process, killed as `kill` says unless it finishes first; the
 * promise settles once the child is gone.
 */
export function runCli(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; kill?: KillPlan },
): Promise<CliRun> {
  assertCliBuilt();
  const started = performance.now();
  const child = spawn(process.execPath, [builtCli, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const plan = options.kill;
  let timer: NodeJS.Timeout | undefined;
  const killLater = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), plan!.afterMs));
  const watcher =
    plan && 'folder' in plan
      ? watch(plan.folder, (_event, name) => {
          if (name !== null && plan.appears(name)) killLater();
        })
      : undefined;
  if (plan && !('folder' in plan)) killLater();
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      resolve({
        finishedOnItsOwn: signal === null,
        exitCode: code,
        stdout,
        stderr,
        elapsedMs: performance.now() - started,
      });
    });
  });
}

/** Runs a setup command to its end, failing with what it printed when it does not succeed. */
export async function runCliToEnd(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<CliRun> {
  const result = await runCli(args, options);
  if (result.exitCode !== 0) {
    throw new Error(
      `clausebook ${args.join(' ')} exited with ${result.exitCode}:\n${result.stdout}${result.stderr}`,
    );
  }
  return result;
}
