import { IPC_INVOKE_CHANNEL, IPC_WORKSPACE_CHANGED_CHANNEL } from '../api/bridge';
import type { Envelope } from '../api/errors';
import { isAppUrl } from './app-url';
import type { Dispatcher } from './core-ports';
import type { InvokeEvent, ShellIpcMain, ShellWindow } from './electron-surface';

/**
 * Why a call on the invoke channel is refused, or null when it comes from the app itself: the
 * main frame of our own window, showing a page from the app's origin. Anything else (another
 * webContents, a sub-frame, a page that navigated elsewhere, a frame already gone) must not
 * reach the API, whatever it sends.
 */
export function senderRefusal(event: InvokeEvent, window: ShellWindow | null): string | null {
  if (window === null || window.isDestroyed()) return 'there is no Clausebook window';
  if (event.sender !== window.webContents) return 'the call did not come from the Clausebook window';
  const frame = event.senderFrame;
  if (frame === null) return 'the calling frame no longer exists';
  const main = window.webContents.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) {
    return 'the call came from a sub-frame';
  }
  if (!isAppUrl(frame.url)) return 'the calling page is not part of Clausebook';
  return null;
}

/**
 * The page's one way into the main process. Calls that pass the sender check are dispatched with
 * renderer access, so methods that take local paths stay out of the page's reach.
 */
export function registerInvokeHandler(
  ipcMain: ShellIpcMain,
  window: () => ShellWindow | null,
  api: Dispatcher,
): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, method, input): Promise<Envelope<unknown>> => {
    const refusal = senderRefusal(event, window());
    if (refusal !== null) {
      return { ok: false, error: { code: 'FORBIDDEN', message: `Refused: ${refusal}.` } };
    }
    return api.dispatch(method, input, { transport: 'ipc', access: 'renderer' });
  });
}

/** Tells the page that the open workspace changed, so it reloads what it shows. */
export function notifyWorkspaceChanged(window: ShellWindow | null): void {
  if (window !== null && !window.isDestroyed()) window.webContents.send(IPC_WORKSPACE_CHANGED_CHANNEL);
}
