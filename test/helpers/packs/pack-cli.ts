import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cliBundle, type CliResult } from '../cli';

/**
 * The built CLI: dist/ as `npm run build` writes it, or another build named by
 * CLAUSEBOOK_E2E_CLI (as for the end-to-end tests), so a side-by-side build can be tested.
 */
export const packCliBundle = process.env.CLAUSEBOOK_E2E_CLI ?? cliBundle;

function assertBuilt(): void {
  if (!existsSync(packCliBundle))
    throw new Error(`${packCliBundle} is missing: run "npm run build" before these tests.`);
}

/** Runs `clausebook …` as a user would, with stdin not a terminal and the given environment additions. */
export function runPackCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): CliResult {
  assertBuilt();
  const env = { ...process.env, ...options.env };
  if (!options.env?.CLAUSEBOOK_PASSPHRASE) delete env.CLAUSEBOOK_PASSPHRASE;
  const result = spawnSync(process.execPath, [packCliBundle, ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `clausebook …` in a pseudo-terminal (util-linux `script`), answering each prompt when it
 * appears, as a person typing would; returns everything the terminal showed.
 */
export function runPackCliInTerminal(
  args: string[],
  options: { cwd: string; answers: { prompt: string; answer: string }[] },
): Promise<{ status: number | null; screen: string }> {
  assertBuilt();
  const quoted = [process.execPath, packCliBundle, ...args]
    .map((part) => `'${part.replace(/'/g, "'\\''")}'`)
    .join(' ');
  const env = { ...process.env };
  delete env.CLAUSEBOOK_PASSPHRASE;
  const child = spawn('script', ['-qec', quoted, '/dev/null'], {
    cwd: options.cwd,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  let searchFrom = 0;
  const pending = [...options.answers];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no answer expected or the command hung; the terminal showed: ${screen}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      const next = pending[0];
      const found = next ? screen.indexOf(next.prompt, searchFrom) : -1;
      if (next && found !== -1) {
        pending.shift();
        searchFrom = found + next.prompt.length;
        child.stdin.write(`${next.answer}\r`);
      }
    });
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, screen });
    });
  });
}
