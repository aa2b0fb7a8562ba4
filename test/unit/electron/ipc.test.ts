import { describe, expect, it } from 'vitest';
import { IPC_INVOKE_CHANNEL, IPC_WORKSPACE_CHANGED_CHANNEL } from '../../../src-main/api/bridge';
import { notifyWorkspaceChanged, registerInvokeHandler } from '../../../src-main/electron/ipc';
import type { FrameInfo, InvokeEvent } from '../../../src-main/electron/electron-surface';
import { FakeCore } from './fake-core';
import { FakeBrowserWindow, FakeWebContents, createFakeElectron } from './fake-electron';

function setUp(window: FakeBrowserWindow | null) {
  const electron = createFakeElectron();
  const core = new FakeCore();
  registerInvokeHandler(electron.ipcMain, () => window, core);
  const handler = electron.ipcMain.handlers.get(IPC_INVOKE_CHANNEL);
  if (!handler) throw new Error('no invoke handler registered');
  return { core, invoke: (event: InvokeEvent, ...args: unknown[]) => handler(event, ...args) };
}

const appWindow = () => new FakeBrowserWindow({});
const fromFrame = (sender: unknown, senderFrame: FrameInfo | null): InvokeEvent => ({ sender, senderFrame });

describe('IPC invoke handler', () => {
  it('dispatches a call from the app frame with renderer access', async () => {
    const window = appWindow();
    const { core, invoke } = setUp(window);
    const result = await invoke(fromFrame(window.webContents, window.webContents.mainFrame), 'app.about', {});
    expect(result).toMatchObject({ ok: true, value: { version: '9.8.7' } });
    expect(core.calls).toEqual([
      { method: 'app.about', input: {}, context: { transport: 'ipc', access: 'renderer' } },
    ]);
  });

  it.each([
    [
      'another webContents',
      () => {
        const other = new FakeWebContents();
        return fromFrame(other, other.mainFrame);
      },
    ],
    [
      'a sub-frame of the window',
      (window: FakeBrowserWindow) =>
        fromFrame(window.webContents, {
          ...window.webContents.mainFrame,
          routingId: window.webContents.mainFrame.routingId + 1,
        }),
    ],
    [
      'a frame in another process',
      (window: FakeBrowserWindow) =>
        fromFrame(window.webContents, {
          ...window.webContents.mainFrame,
          processId: window.webContents.mainFrame.processId + 1,
        }),
    ],
    [
      'the main frame showing a website',
      (window: FakeBrowserWindow) =>
        fromFrame(window.webContents, { ...window.webContents.mainFrame, url: 'https://evil.example/' }),
    ],
    [
      'the main frame showing a local file',
      (window: FakeBrowserWindow) =>
        fromFrame(window.webContents, { ...window.webContents.mainFrame, url: 'file:///tmp/page.html' }),
    ],
    ['a frame that is gone', (window: FakeBrowserWindow) => fromFrame(window.webContents, null)],
  ])('refuses %s with FORBIDDEN and does not dispatch', async (_case, makeEvent) => {
    const window = appWindow();
    const { core, invoke } = setUp(window);
    const result = await invoke(makeEvent(window), 'workspace.current', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.calls).toEqual([]);
  });

  it('refuses everything when the window is gone', async () => {
    const window = appWindow();
    const event = fromFrame(window.webContents, window.webContents.mainFrame);
    const { core, invoke } = setUp(null);
    expect(await invoke(event, 'app.about', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    window.destroyed = true;
    const destroyed = setUp(window);
    expect(await destroyed.invoke(event, 'app.about', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect([...core.calls, ...destroyed.core.calls]).toEqual([]);
  });

  it('tells the page when the workspace changed, and only a live window', () => {
    const window = appWindow();
    notifyWorkspaceChanged(window);
    expect(window.webContents.sent).toEqual([{ channel: IPC_WORKSPACE_CHANGED_CHANNEL, args: [] }]);
    window.destroyed = true;
    notifyWorkspaceChanged(window);
    notifyWorkspaceChanged(null);
    expect(window.webContents.sent).toHaveLength(1);
  });
});
