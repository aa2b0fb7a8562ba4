import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const script = path.join(repoRoot, 'scripts/electronegativity.mjs');
const configFile = 'electronegativity.config.json';

/** A copy of everything the scan reads, so a test can break one file without touching the checkout. */
function copyCheckout(root: string): void {
  const config = JSON.parse(readFileSync(path.join(repoRoot, configFile), 'utf8')) as { scan: string[] };
  for (const entry of [...config.scan, configFile]) {
    cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  // The window options are bundled from source, which needs the dependencies they import.
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
}

function scan(root: string) {
  const result = spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('npm run security:electron (Electronegativity, offline)', () => {
  const tempDir = useTempDir();

  it('fails and names the check when the window options turn the sandbox off', () => {
    const root = tempDir();
    copyCheckout(root);
    edit(path.join(root, 'src-main/electron/window-options.ts'), 'sandbox: true,', 'sandbox: false,');

    const { status, output } = scan(root);

    expect(status).toBe(1);
    expect(output).toMatch(/FINDING SANDBOX_JS_CHECK[^\n]*\n\s+at src-main\/electron\/window-options\.ts/);
  });

  it('fails on a window created anywhere in the sources with Node integration on', () => {
    const root = tempDir();
    copyCheckout(root);
    writeFileSync(
      path.join(root, 'src-main/electron/debug-window.ts'),
      "import { BrowserWindow } from 'electron';\n" +
        'export const debug = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n',
    );

    const { status, output } = scan(root);

    expect(status).toBe(1);
    for (const check of ['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']) {
      expect(output).toMatch(
        new RegExp(`FINDING ${check}[^\\n]*\\n\\s+at src-main/electron/debug-window\\.ts:2:`),
      );
    }
  });

  it('fails when the config explains a finding that no longer occurs', () => {
    const root = tempDir();
    copyCheckout(root);
    // Without the meta tag the finding it explained is gone (and a missing-CSP finding appears).
    edit(
      path.join(root, 'src-renderer/index.html'),
      'http-equiv="Content-Security-Policy"',
      'name="not-a-policy"',
    );

    const { status, output } = scan(root);

    expect(status).toBe(1);
    expect(output).toContain('explains CSP_GLOBAL_CHECK in src-renderer/index.html, which no longer occurs');
  });

  it('passes on the checkout as it is, with every finding explained', () => {
    const { status, output } = scan(repoRoot);

    expect(output).toContain('No unexplained findings');
    expect(status).toBe(0);
  });
});
