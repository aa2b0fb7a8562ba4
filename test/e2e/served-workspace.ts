import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The built CLI; CLAUSEBOOK_E2E_CLI may point at a copy of the build (its renderer beside it in ../renderer). */
const CLI =
  process.env.CLAUSEBOOK_E2E_CLI ?? fileURLToPath(new URL('../../dist/cli/clausebook.cjs', import.meta.url));
const STARTUP_TIMEOUT_MS = 15_000;

/** A sample workspace in its own temporary folder, served by `clausebook serve` for one test. */
export interface ServedWorkspace {
  /** The address `serve` printed, token included. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  file: string;
  /** This test's own app data folder (CLAUSEBOOK_USER_DATA_DIR): signing identities go here, never to the real home. */
  userDataDir: string;
  stop(): Promise<void>;
}

export async function serveSampleWorkspace(): Promise<ServedWorkspace> {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: run \`node scripts/build.mjs\` before the end-to-end tests.`);
  const dir = await mkdtemp(path.join(tmpdir(), 'clausebook-e2e-'));
  const file = path.join(dir, 'e2e.clausebook');
  const userDataDir = path.join(dir, 'user-data');
  const env = { ...process.env, CLAUSEBOOK_USER_DATA_DIR: userDataDir };
  try {
    // Same Node as the test runner: Node 24, which better-sqlite3 needs.
    await promisify(execFile)(process.execPath, [CLI, 'demo', file], { env });
    const server = spawn(process.execPath, [CLI, 'serve', file], { stdio: ['ignore', 'pipe', 'pipe'], env });
    const url = await firstLine(server);
    if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/.test(url)) {
      server.kill('SIGTERM');
      throw new Error(`clausebook serve printed "${url}" where the address was expected.`);
    }
    return {
      url,
      origin: new URL(url).origin,
      file,
      userDataDir,
      async stop() {
        await stopProcess(server);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The first line the server prints, or a failure that carries whatever it wrote to stderr. */
function firstLine(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    let settled = false;
    server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The interface stays open after the first line, draining stdout so the server never blocks on a full pipe.
    const lines = createInterface({ input: server.stdout! });
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      server.kill('SIGTERM');
      reject(new Error(`clausebook serve ${why}.${stderr ? `\n${stderr}` : ''}`));
    };
    const timer = setTimeout(
      () => fail(`printed no address within ${STARTUP_TIMEOUT_MS} ms`),
      STARTUP_TIMEOUT_MS,
    );
    lines.once('line', (line) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(line.trim());
    });
    server.once('exit', (code) => fail(`exited with code ${code} before printing an address`));
    server.once('error', (error) => fail(`could not start: ${error.message}`));
  });
}

/** SIGTERM lets `serve` close the workspace cleanly; anything still running after 5 s is killed. */
function stopProcess(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 5_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}
