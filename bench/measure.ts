import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface ChildRun {
  code: number | null;
  seconds: number;
  /** Peak resident memory of the process, from GNU time (or /proc while it ran), in bytes. */
  peakRssBytes: number | null;
  stdout: string;
  stderr: string;
  /** Killed after the time limit the caller gave. */
  timedOut: boolean;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command to its end (or its time limit), timing it from spawn to exit and taking its peak memory. */
export function runChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  timeoutSeconds = 600,
): Promise<ChildRun> {
  const withTime = existsSync(GNU_TIME);
  const started = performance.now();
  const child = withTime
    ? spawn(GNU_TIME, ['-v', command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    : spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let timedOut = false;
  // The whole process group, so the command under GNU time goes too.
  const limit = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, timeoutSeconds * 1000);
  let stdout = '';
  let stderr = '';
  let polledPeak: number | null = null;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const poll = withTime
    ? null
    : setInterval(() => {
        try {
          const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (match) polledPeak = Math.max(polledPeak ?? 0, Number(match[1]) * 1024);
        } catch {
          // The process has just ended.
        }
      }, 50);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(limit);
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({
        code,
        seconds,
        peakRssBytes: fromTime ? Number(fromTime[1]) * 1024 : polledPeak,
        stdout,
        stderr,
        timedOut,
      });
    });
  });
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export const MIB = 1024 * 1024;
export const GIB = 1024 * MIB;

/** What a child wrote on failure, shortened to its last lines for the report. */
export function failureText(run: ChildRun): string {
  if (run.timedOut) return `stopped after ${Math.round(run.seconds)} s, the bench's time limit for it`;
  const lines = run.stderr
    .split('\n')
    .filter(
      (line) =>
        line.trim() &&
        !/^\s+(Command being timed|User time|System time|Percent|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)/.test(
          line,
        ),
    );
  return `exit ${run.code}: ${lines.slice(-4).join(' | ').slice(0, 600)}`;
}
