import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const cliBundle = path.join(repoRoot, 'dist/cli/clausebook.cjs');
export const binScript = path.join(repoRoot, 'bin/clausebook.cjs');

export function assertBuilt(): void {
  if (!existsSync(cliBundle))
    throw new Error('dist/cli/clausebook.cjs is missing: run "npm run build" before these tests.');
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `clausebook` command as a user would, through the package's bin script. */
export function runCli(args: string[], options: { cwd?: string } = {}): CliResult {
  assertBuilt();
  const result = spawnSync(process.execPath, [binScript, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface ServeProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts `clausebook serve <file>` and resolves with the URL it prints first. */
export function startServe(file: string, extraArgs: string[] = []): Promise<ServeProcess> {
  assertBuilt();
  const child = spawn(process.execPath, [binScript, 'serve', file, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(
      () => reject(new Error(`serve printed no URL within 15 s. stderr: ${stderr}`)),
      15_000,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before printing a URL. stderr: ${stderr}`));
    });
    lines.once('line', (url) => {
      clearTimeout(timer);
      resolve({
        url,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
