import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC_INVOKE_CHANNEL, IPC_WORKSPACE_CHANGED_CHANNEL } from '../../../src-main/api/bridge';
import { APP_ENTRY_URL } from '../../../src-main/electron/app-url';
import { SAMPLE_WORKSPACE_FILE } from '../../../src-main/electron/first-launch';
import { startShell, type ShellConfig } from '../../../src-main/electron/shell';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shared/content-security-policy';
import { FakeCore, settle } from './fake-core';
import {
  FakeBrowserWindow,
  FakeWebContents,
  clickMenuItem,
  createFakeElectron,
  fakeEvent,
  findMenuItem,
  type FakeElectron,
} from './fake-electron';

let dir: string;
let userData: string;
let electron: FakeElectron;
let core: FakeCore;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'clausebook-shell-'));
  userData = path.join(dir, 'user-data');
  mkdirSync(path.join(dir, 'renderer'));
  writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Clausebook</title>');
  electron = createFakeElectron();
  electron.app.paths.set('documents', path.join(dir, 'documents'));
  core = new FakeCore();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function start(overrides: Partial<ShellConfig> = {}): Promise<void> {
  return startShell(electron, {
    session: core,
    api: core,
    rendererDir: path.join(dir, 'renderer'),
    preloadPath: '/app/dist/main/preload.cjs',
    platform: 'linux',
    argv: ['/opt/Clausebook/clausebook'],
    cwd: dir,
    userDataDir: userData,
    ...overrides,
  });
}

async function startReady(overrides: Partial<ShellConfig> = {}): Promise<FakeBrowserWindow> {
  const running = start(overrides);
  electron.app.becomeReady();
  await running;
  const [window] = FakeBrowserWindow.instances;
  if (!window) throw new Error('no window was created');
  return window;
}

function menu() {
  if (!electron.Menu.current) throw new Error('no application menu');
  return electron.Menu.current;
}

describe('Electron shell start-up', () => {
  it('sandboxes, registers the scheme and takes the lock before the app is ready, and nothing more', async () => {
    const running = start();
    await settle();
    expect(electron.log).toEqual([
      'app.enableSandbox',
      'protocol.registerSchemesAsPrivileged',
      'app.setPath userData',
      'app.requestSingleInstanceLock',
    ]);
    expect(electron.app.paths.get('userData')).toBe(userData);
    expect(FakeBrowserWindow.instances).toEqual([]);
    expect(electron.protocol.handlers.size).toBe(0);
    electron.app.becomeReady();
    await running;
    expect(electron.log).toContain('protocol.handle clausebook');
  });

  it('on a first launch creates the sample, then shows a hardened window on the app origin', async () => {
    const window = await startReady();
    const samplePath = path.join(userData, SAMPLE_WORKSPACE_FILE);
    expect(core.calls[0]).toEqual({
      method: 'workspace.createSample',
      input: { path: samplePath },
      context: { transport: 'ipc', access: 'local' },
    });
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: true,
    });
    expect(window.loadedUrls).toEqual([APP_ENTRY_URL]);
    expect(window.title).toBe('Sample workspace.clausebook — Clausebook');
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('serves the renderer with the CSP and hardens the default session once ready', async () => {
    await startReady();
    const handler = electron.protocol.handlers.get('clausebook');
    if (!handler) throw new Error('app protocol not served');
    const response = await handler(new Request(APP_ENTRY_URL));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const session = electron.session.defaultSession;
    const answers: boolean[] = [];
    session.permissionRequest?.({}, 'media', (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    const cancelled: boolean[] = [];
    session.beforeRequest?.({ url: 'https://example.com/' }, (result) => cancelled.push(result.cancel));
    expect(cancelled).toEqual([true]);
  });

  it('guards every webContents the app creates', async () => {
    const running = start();
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    const navigation = fakeEvent({ url: 'https://example.com/', isMainFrame: true });
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    electron.app.becomeReady();
    await running;
  });

  it('answers the page over IPC only from its own window', async () => {
    const window = await startReady();
    const handler = electron.ipcMain.handlers.get(IPC_INVOKE_CHANNEL);
    if (!handler) throw new Error('no invoke handler');
    const before = core.calls.length;
    const fromApp = await handler(
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      'workspace.current',
      {},
    );
    expect(fromApp).toMatchObject({ ok: true });
    const other = new FakeWebContents();
    const fromOther = await handler({ sender: other, senderFrame: other.mainFrame }, 'workspace.current', {});
    expect(fromOther).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.calls.slice(before).map((call) => call.context)).toEqual([
      { transport: 'ipc', access: 'renderer' },
    ]);
  });

  it('quits at once when another instance holds the lock', async () => {
    electron.app.hasLock = false;
    await start();
    expect(electron.log.at(-1)).toBe('app.quit');
    expect(electron.app.listenerCount('second-instance')).toBe(0);
    electron.app.becomeReady();
    await settle();
    expect(FakeBrowserWindow.instances).toEqual([]);
    expect(core.calls).toEqual([]);
  });

  it('reports a start-up failure and quits', async () => {
    electron.session.defaultSession.setPermissionRequestHandler = () => {
      throw new Error('session unavailable');
    };
    const running = start();
    electron.app.becomeReady();
    await running;
    expect(electron.dialog.calls).toEqual([
      {
        kind: 'errorBox',
        parent: null,
        options: { title: 'Clausebook could not start', content: 'session unavailable' },
      },
    ]);
    expect(electron.log.at(-1)).toBe('app.quit');
  });
});

describe('Electron shell while running', () => {
  it('keeps the page, the title and the menu in step with the workspace', async () => {
    const window = await startReady();
    expect(findMenuItem(menu(), 'Close Workspace').enabled).toBe(true);
    clickMenuItem(findMenuItem(menu(), 'Close Workspace'));
    await settle();
    expect(core.methods()).toContain('workspace.close');
    expect(window.webContents.sent.map((message) => message.channel)).toContain(
      IPC_WORKSPACE_CHANGED_CHANNEL,
    );
    expect(window.title).toBe('Clausebook');
    expect(findMenuItem(menu(), 'Save As…').enabled).toBe(false);
  });

  it('lists the opened workspace under Open Recent', async () => {
    // The fake core writes no files, and Open Recent only lists files that exist.
    const samplePath = path.join(userData, SAMPLE_WORKSPACE_FILE);
    mkdirSync(userData);
    writeFileSync(samplePath, '');
    await startReady();
    electron.dialog.answers.push(path.join(dir, 'Acme.clausebook'));
    writeFileSync(path.join(dir, 'Acme.clausebook'), '');
    clickMenuItem(findMenuItem(menu(), 'Open…'));
    await settle();
    const recent = findMenuItem(menu(), 'Open Recent').submenu;
    expect(Array.isArray(recent) ? recent.map((item) => item.label) : []).toEqual([
      path.join(dir, 'Acme.clausebook'),
      samplePath,
      undefined,
      'Clear Recent',
    ]);
  });

  it('opens a file handed over by a second launch and focuses the window', async () => {
    await startReady();
    electron.app.emit(
      'second-instance',
      {},
      ['/opt/Clausebook/clausebook', 'Other.clausebook'],
      '/home/user',
    );
    await settle();
    expect(core.calls.find((call) => call.method === 'workspace.open')?.input).toEqual({
      path: path.resolve('/home/user', 'Other.clausebook'),
    });
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('opens a file macOS hands over before the app is ready instead of the start-up workspace', async () => {
    const running = start({ platform: 'darwin' });
    const event = fakeEvent({});
    electron.app.emit('open-file', event, '/Users/u/Client.clausebook');
    expect(event.defaultPrevented).toBe(true);
    electron.app.becomeReady();
    await running;
    expect(core.methods()[0]).toBe('workspace.open');
    expect(core.calls[0]?.input).toEqual({ path: '/Users/u/Client.clausebook' });
  });

  it('closes the workspace before quitting and quits when the last window closes (not on macOS)', async () => {
    await startReady();
    electron.app.emit('window-all-closed');
    expect(electron.log.at(-1)).toBe('app.quit');
    electron.app.emit('will-quit');
    expect(core.closedSync).toBe(1);

    electron = createFakeElectron();
    electron.app.paths.set('documents', dir);
    await startReady({ platform: 'darwin' });
    electron.app.emit('window-all-closed');
    expect(electron.log).not.toContain('app.quit');
  });

  it('remembers where the window was when it closes', async () => {
    const window = await startReady();
    window.bounds = { x: 300, y: 200, width: 1000, height: 700 };
    window.emit('close');
    window.destroyed = true;
    window.emit('closed');
    // macOS: clicking the dock icon with no window open makes a new one, where the last one was.
    electron.app.emit('activate');
    await settle();
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(FakeBrowserWindow.instances[1]?.options).toMatchObject({
      x: 300,
      y: 200,
      width: 1000,
      height: 700,
    });
    expect(FakeBrowserWindow.instances[1]?.loadedUrls).toEqual([APP_ENTRY_URL]);
  });
});
