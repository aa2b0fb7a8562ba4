import { AppController, type ControllerConfig } from './app-controller';
import { registerAppScheme } from './app-protocol';
import type { ShellElectron } from './electron-surface';
import { workspacePathFromArgv } from './file-arguments';
import { guardWebContents } from './navigation-guard';

export interface ShellConfig extends ControllerConfig {
  argv: readonly string[];
  cwd: string;
  /** Replaces userData (isolated end-to-end runs); undefined in normal use. */
  userDataDir: string | undefined;
}

/**
 * The Electron main process: everything that must happen before the app is ready, the app's
 * lifecycle events, then the controller. Resolves once the window is loaded (or start-up failed
 * and the app is quitting).
 */
export async function startShell(electron: ShellElectron, config: ShellConfig): Promise<void> {
  const { app } = electron;
  // Both only take effect before Chromium starts: every renderer sandboxed, whatever a window
  // asks for, and the app's scheme privileged (standard, secure).
  app.enableSandbox();
  registerAppScheme(electron.protocol);
  // Before the single-instance lock, which Electron keys on the userData folder.
  if (config.userDataDir !== undefined) app.setPath('userData', config.userDataDir);

  if (!app.requestSingleInstanceLock()) {
    // Another Clausebook is running; it receives our argv in 'second-instance' and opens the file.
    app.quit();
    return;
  }

  // Every webContents, including any a page manages to create, gets the navigation guard.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  let controller: AppController | null = null;
  let requestedPath = workspacePathFromArgv(config.argv, config.cwd);

  // macOS delivers double-clicked files this way, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (controller === null) requestedPath = file;
    else controller.openFile(file);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = workspacePathFromArgv(argv, workingDirectory);
    if (controller === null) requestedPath = file ?? requestedPath;
    else if (file === null) void controller.showWindow();
    else controller.openFile(file);
  });
  app.on('window-all-closed', () => {
    if (config.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (controller !== null) void controller.showWindow();
  });
  // The workspace is checkpointed and closed however the app ends (menu, last window, OS logout).
  app.on('will-quit', () => config.session.closeSync());

  try {
    await app.whenReady();
    controller = new AppController(electron, config);
    await controller.start(requestedPath);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    electron.dialog.showErrorBox('Clausebook could not start', message);
    app.quit();
  }
}
