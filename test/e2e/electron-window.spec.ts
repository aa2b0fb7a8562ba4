// The real Electron window, launched from the built app (`node scripts/build.mjs` first). It runs
// wherever an Electron binary is installed; where none is (the build machines cannot download it)
// or there is no display to open a window on, it is skipped with the reason printed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { AppShellPage } from './pages/app-shell-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Where `require('electron')` would point, worked out the same way without requiring it: in
 * Electron 45 requiring the package when the binary is missing starts a download, which on a
 * machine without network hangs until it times out instead of answering "not installed".
 */
function electronExecutable(): { path: string } | { missing: string } {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: `${pathFile} does not exist: the Electron binary was never downloaded` };
  }
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const executable = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable)
    ? { path: executable }
    : { missing: `the Electron binary ${executable} does not exist` };
}

function skipReason(): string | null {
  const electron = electronExecutable();
  if ('missing' in electron) return `No Electron binary: ${electron.missing}.`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'No display to open an Electron window on (DISPLAY and WAYLAND_DISPLAY are unset; run under xvfb-run).';
  }
  return null;
}

const reason = skipReason();
if (reason !== null) console.log(`electron-window.spec.ts skipped: ${reason}`);

test.describe('Electron window', () => {
  // Skipped only where no Electron binary (or no display) exists, with the reason printed above.
  test.skip(reason !== null, reason ?? '');

  let userData: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeEach(async () => {
    for (const built of ['dist/main/main.cjs', 'dist/main/preload.cjs', 'dist/renderer/index.html']) {
      if (!existsSync(path.join(root, built)))
        throw new Error(`${built} is missing: run node scripts/build.mjs first.`);
    }
    const electron = electronExecutable();
    if (!('path' in electron)) throw new Error(electron.missing);
    // A fresh userData folder: a first launch, isolated from any real Clausebook on this machine.
    userData = mkdtempSync(path.join(os.tmpdir(), 'clausebook-electron-'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    app = await _electron.launch({
      executablePath: electron.path,
      args: ['.'],
      cwd: root,
      env: { ...env, CLAUSEBOOK_USER_DATA_DIR: userData },
    });
    page = await app.firstWindow();
  });

  test.afterEach(async () => {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  });

  test('opens on the sample workspace, named in the title', async () => {
    const shell = new AppShellPage(page);
    await expect(shell.nav).toBeVisible();
    await expect(shell.headerFile).toHaveText('Sample workspace.clausebook');
    expect(page.url()).toBe('clausebook://app/index.html');
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle()))
      .toBe('Sample workspace.clausebook — Clausebook');
    expect(existsSync(path.join(userData, 'Sample workspace.clausebook'))).toBe(true);
  });

  test('isolates the page: no Node, no eval, only the bridge', async () => {
    const seen = await page.evaluate(() => {
      const global = globalThis as Record<string, unknown>;
      let evalAllowed = true;
      try {
        eval('1');
      } catch {
        evalAllowed = false;
      }
      return {
        require: typeof global.require,
        process: typeof global.process,
        // contextBridge refuses to expose anything unless contextIsolation is on, so the bridge
        // being there with exactly its two functions is the page-side proof of isolation.
        bridge: Object.keys(global.clausebook as object).sort(),
        evalAllowed,
      };
    });
    expect(seen).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: ['invoke', 'onWorkspaceChanged'],
      evalAllowed: false,
    });
  });

  test('refuses to navigate away or open windows, and keeps local methods from the page', async () => {
    await page.evaluate(() => {
      window.open('https://example.com/');
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('clausebook://app/index.html');
    expect(app.windows()).toHaveLength(1);
    const local = await page.evaluate(() =>
      (
        globalThis as unknown as { clausebook: { invoke(m: string, i: unknown): Promise<unknown> } }
      ).clausebook.invoke('workspace.open', { path: '/etc/passwd' }),
    );
    expect(local).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
