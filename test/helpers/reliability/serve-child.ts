import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { assertCliBuilt, builtCli } from './cli-process';

/** Generous: on a machine shared with other heavy work a start can take seconds; a hang still fails. */
const STARTUP_TIMEOUT_MS = 60_000;

/**
 * What became of one API call, as the caller can know it: the app answered that the write was
 * committed, the app refused it (nothing written), or no answer came back (the process was killed
 * with the request in flight), so it may or may not have been committed.
 */
export type CallOutcome =
  | { kind: 'acknowledged'; value: unknown }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'unknown'; reason: string };

/** `clausebook serve <workspace>`: the real app core behind its real HTTP transport. */
export interface ServeChild {
  call(method: string, input: unknown): Promise<CallOutcome>;
  /**
   * SIGKILL, then wait until the process is gone and the file's lock with it. Fails if the
   * process had already ended by itself: the app must not die of the writes it is sent.
   */
  kill(): Promise<void>;
}

export async function startServeChild(file: string, env: NodeJS.ProcessEnv): Promise<ServeChild> {
  assertCliBuilt();
  const child = spawn(process.execPath, [builtCli, 'serve', file], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let ended: string | null = null;
  const gone = new Promise<void>((resolve) =>
    child.once('close', (code, signal) => {
      ended = signal ?? `exit code ${code}`;
      resolve();
    }),
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const address = await new Promise<string>((resolve, reject) => {
    // The reader stays attached after the first line, draining stdout so the server never blocks.
    const lines = createInterface({ input: child.stdout });
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`clausebook serve ${why}.${stderr ? `\n${stderr}` : ''}`));
    };
    const timer = setTimeout(
      () => fail(`printed no address within ${STARTUP_TIMEOUT_MS} ms`),
      STARTUP_TIMEOUT_MS,
    );
    child.once('exit', (code) => fail(`exited with code ${code} before printing an address`));
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(line.trim());
    });
  });
  const url = new URL(address);
  const token = url.searchParams.get('token') ?? '';

  return {
    async call(method, input) {
      let text: string;
      try {
        const response = await fetch(`${url.origin}/api/${method}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        });
        text = await response.text();
      } catch (error) {
        return {
          kind: 'unknown',
          reason: (error as Error).cause ? String((error as Error).cause) : String(error),
        };
      }
      let envelope: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
      try {
        envelope = JSON.parse(text) as typeof envelope;
      } catch {
        return { kind: 'unknown', reason: `the answer was not JSON: ${text.slice(0, 200)}` };
      }
      return envelope.ok
        ? { kind: 'acknowledged', value: envelope.value }
        : { kind: 'refused', code: envelope.error.code, message: envelope.error.message };
    },
    async kill() {
      if (ended !== null) throw new Error(`clausebook serve ended by itself (${ended}).\n${stderr}`);
      child.kill('SIGKILL');
      await gone;
    },
  };
}
