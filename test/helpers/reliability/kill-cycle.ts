import path from 'node:path';
import { runCli } from './cli-process';
import type { RandomWrites } from './random-writes';
import { startServeChild } from './serve-child';
import type { WriteLedger } from './write-ledger';

export interface KillCycleOptions {
  file: string;
  env: NodeJS.ProcessEnv;
  writes: RandomWrites;
  ledger: WriteLedger;
  /** How long after the server is ready the SIGKILL comes. */
  killAfterMs: number;
  /** How many clients send writes at once, each waiting for its answer before the next. */
  clients: number;
}

export interface KillCycleResult {
  /** Writes the app answered as committed. */
  acknowledged: number;
  /** Writes in flight when the process died: committed or not, nobody was told. */
  unknown: number;
  /** Writes the app refused, as "method code: message". */
  refused: string[];
  /** The ledger entries this cycle's writes set or widened. */
  touched: Set<string>;
}

/**
 * One cycle: starts `clausebook serve` on the workspace, has several clients send random writes
 * over HTTP, SIGKILLs the server after `killAfterMs` whatever it is doing, and writes down in the
 * ledger what each answer (or missing answer) means.
 */
export async function runKillCycle(options: KillCycleOptions): Promise<KillCycleResult> {
  const { writes, ledger } = options;
  const child = await startServeChild(options.file, options.env);
  const result: KillCycleResult = { acknowledged: 0, unknown: 0, refused: [], touched: new Set() };
  const busy = new Set<string>();
  let killing = false;

  const client = async () => {
    while (!killing) {
      const write = writes.plan(busy);
      for (const lock of write.locks) busy.add(lock);
      const outcome = await child.call(write.method, write.input);
      if (outcome.kind === 'acknowledged') {
        result.acknowledged += 1;
        for (const change of write.changes(ledger))
          result.touched.add(ledger.acknowledged(change, write.label));
        write.afterAcknowledged?.(outcome.value);
      } else if (outcome.kind === 'unknown') {
        result.unknown += 1;
        for (const change of write.changes(ledger)) {
          const key = ledger.unknown(change, write.label);
          if (key !== null) result.touched.add(key);
        }
      } else {
        result.refused.push(`${write.label} ${outcome.code}: ${outcome.message}`);
      }
      for (const lock of write.locks) busy.delete(lock);
    }
  };

  const clients = Array.from({ length: options.clients }, client);
  await new Promise((resolve) => setTimeout(resolve, options.killAfterMs));
  killing = true;
  await child.kill();
  await Promise.all(clients);
  return result;
}

/**
 * Starts `clausebook serve` on the workspace and kills it `afterMs` after the spawn, ready or not:
 * the app reopening a file after a crash, killed while it loads and recovers the log. It must never
 * refuse the file or stop by itself.
 */
export async function killDuringStartup(
  file: string,
  env: NodeJS.ProcessEnv,
  afterMs: number,
): Promise<void> {
  const run = await runCli(['serve', file], { cwd: path.dirname(file), env, kill: { afterMs } });
  if (run.finishedOnItsOwn) {
    throw new Error(`clausebook serve stopped by itself (exit code ${run.exitCode}):\n${run.stderr}`);
  }
}
