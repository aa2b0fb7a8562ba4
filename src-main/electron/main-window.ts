import type { ShellElectron, ShellWindow } from './electron-surface';
import { buildWindowOptions } from './window-options';
import { placeWindow, type WindowState } from './window-state';

export interface MainWindowConfig {
  preloadPath: string;
  devTools: boolean;
  state: { load(): WindowState | null; save(state: WindowState): void };
}

/**
 * Creates the one Clausebook window where it was last closed (clamped onto today's displays),
 * and remembers its bounds when it closes. The page is loaded by the caller.
 */
export function createMainWindow(
  electron: Pick<ShellElectron, 'BrowserWindow' | 'screen'>,
  config: MainWindowConfig,
): ShellWindow {
  const { screen } = electron;
  const placement = placeWindow(
    config.state.load(),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new electron.BrowserWindow(
    buildWindowOptions({ preloadPath: config.preloadPath, placement, devTools: config.devTools }),
  );
  // The main process names the window after the open workspace; the page's <title> must not override it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    try {
      config.state.save({
        bounds: {
          x: Math.round(bounds.x),
          y: Math.round(bounds.y),
          width: Math.round(bounds.width),
          height: Math.round(bounds.height),
        },
        maximized: window.isMaximized(),
      });
    } catch {
      // Remembering the window's position is a convenience; failing to must not stop the app closing.
    }
  });
  return window;
}
