import path from 'node:path';
import { APP_ENTRY_URL } from './app-url';
import { serveApp } from './app-protocol';
import type { Dispatcher, WorkspaceSession } from './core-ports';
import { WorkspaceDialogs } from './dialogs';
import type { ShellElectron, ShellWindow } from './electron-surface';
import { openStartupWorkspace } from './first-launch';
import { notifyWorkspaceChanged, registerInvokeHandler } from './ipc';
import { createMainWindow } from './main-window';
import { buildMenuTemplate, type MenuActions } from './menu';
import { RECENT_WORKSPACES_FILE, RecentWorkspaces } from './recent-workspaces';
import { applySessionPolicy } from './session-policy';
import { windowTitle } from './window-options';
import { WINDOW_STATE_FILE, WindowStateStore } from './window-state';
import { WorkspaceCommands } from './workspace-commands';

export interface ControllerConfig {
  session: WorkspaceSession;
  api: Dispatcher;
  rendererDir: string;
  preloadPath: string;
  platform: NodeJS.Platform;
}

/**
 * The running app once Electron is ready: one window, the menu, and the workspace commands.
 * It keeps the window title, the menu and the page in step with the session.
 */
export class AppController {
  #window: ShellWindow | null = null;
  #workspaceFileName: string | null = null;
  readonly #recent: RecentWorkspaces;
  readonly #windowState: WindowStateStore;
  readonly #commands: WorkspaceCommands;
  readonly #userData: string;
  /** What the menu items do; every action reports an unexpected failure instead of dropping it. */
  readonly #actions: MenuActions = {
    newWorkspace: () => this.#run(() => this.#commands.newWorkspace()),
    open: () => this.#run(() => this.#commands.open()),
    openRecent: (file) => this.#run(() => this.#commands.openPath(file)),
    clearRecent: () => this.#run(async () => this.#commands.clearRecent()),
    saveAs: () => this.#run(() => this.#commands.saveAs()),
    closeWorkspace: () => this.#run(() => this.#commands.close()),
    about: () => this.#run(() => this.#commands.about()),
  };

  constructor(
    private readonly electron: ShellElectron,
    private readonly config: ControllerConfig,
  ) {
    this.#userData = electron.app.getPath('userData');
    this.#recent = new RecentWorkspaces(path.join(this.#userData, RECENT_WORKSPACES_FILE));
    this.#windowState = new WindowStateStore(path.join(this.#userData, WINDOW_STATE_FILE));
    const dialogs = new WorkspaceDialogs(
      electron.dialog,
      () => this.#window,
      () => electron.app.getPath('documents'),
    );
    this.#commands = new WorkspaceCommands({
      api: config.api,
      dialogs,
      recent: this.#recent,
      onRecentChanged: () => this.#refreshMenu(),
    });
  }

  /**
   * Hardens the session, serves the app, opens the start-up workspace, then shows the window.
   * The workspace is opened first so the page's first screen already shows it, and so an error
   * dialog at start-up is never attached to a window that is not yet visible.
   */
  async start(requestedPath: string | null): Promise<void> {
    applySessionPolicy(this.electron.session.defaultSession);
    serveApp(this.electron.protocol, this.config.rendererDir);
    registerInvokeHandler(this.electron.ipcMain, () => this.#window, this.config.api);
    this.config.session.onChange(() => {
      notifyWorkspaceChanged(this.#window);
      this.#run(() => this.#refreshWorkspace());
    });
    this.#refreshMenu();
    await openStartupWorkspace({
      commands: this.#commands,
      recent: this.#recent,
      userDataDir: this.#userData,
      requestedPath,
    });
    await this.#refreshWorkspace();
    await this.showWindow();
  }

  /** Shows the window, creating it if there is none (first start, or macOS dock click after closing it). */
  async showWindow(): Promise<void> {
    if (this.#window !== null && !this.#window.isDestroyed()) {
      if (this.#window.isMinimized()) this.#window.restore();
      this.#window.focus();
      return;
    }
    const window = createMainWindow(this.electron, {
      preloadPath: this.config.preloadPath,
      devTools: !this.electron.app.isPackaged,
      state: this.#windowState,
    });
    this.#window = window;
    window.on('closed', () => {
      if (this.#window === window) this.#window = null;
    });
    window.setTitle(windowTitle(this.#workspaceFileName));
    await window.loadURL(APP_ENTRY_URL);
  }

  /** A workspace the OS handed us (double-click, second launch, macOS open-file). */
  openFile(file: string): void {
    this.#run(async () => {
      await this.showWindow();
      await this.#commands.openPath(file);
    });
  }

  async #refreshWorkspace(): Promise<void> {
    const current = await this.#commands.current();
    this.#workspaceFileName = current?.fileName ?? null;
    if (this.#window !== null && !this.#window.isDestroyed())
      this.#window.setTitle(windowTitle(this.#workspaceFileName));
    this.#refreshMenu();
  }

  #refreshMenu(): void {
    const { Menu, app } = this.electron;
    const template = buildMenuTemplate(
      {
        platform: this.config.platform,
        isPackaged: app.isPackaged,
        hasWorkspace: this.#workspaceFileName !== null,
        recent: this.#recent.list(),
      },
      this.#actions,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  /** Menu clicks and OS events are fire-and-forget; an unexpected failure still reaches the user. */
  #run(task: () => Promise<unknown>): void {
    task().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      this.electron.dialog.showErrorBox('Clausebook hit an unexpected problem', message);
    });
  }
}
