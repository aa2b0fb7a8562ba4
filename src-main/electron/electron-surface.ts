import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
  Rectangle,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';

// The part of Electron the shell uses, declared narrowly. The shell's code depends on these
// interfaces only, so unit tests can hand it a small fake, and `main-entry.ts` passing the real
// `electron` module to `startShell` makes the compiler check that Electron's own types satisfy
// every one of them.

export interface PreventableEvent {
  preventDefault(): void;
}

/** will-navigate, will-redirect and will-frame-navigate all carry these details. */
export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
  readonly isMainFrame: boolean;
}

/** A frame as IPC and navigation report it (Electron's WebFrameMain). */
export interface FrameInfo {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
}

/** What the navigation guard needs of any webContents (windows, and any a page might create). */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface ShellWebContents {
  readonly mainFrame: FrameInfo;
  send(channel: string, ...args: unknown[]): void;
}

/** Anything a native dialog can be attached to (Electron's BaseWindow). */
export interface DialogParent {
  isDestroyed(): boolean;
}

export interface ShellWindow extends DialogParent {
  readonly webContents: ShellWebContents;
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'page-title-updated', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  show(): void;
  focus(): void;
  restore(): void;
  maximize(): void;
  isMinimized(): boolean;
  isMaximized(): boolean;
  getNormalBounds(): Rectangle;
  setTitle(title: string): void;
}

export interface ShellApp {
  readonly isPackaged: boolean;
  enableSandbox(): void;
  setPath(name: 'userData', path: string): void;
  getPath(name: 'userData' | 'documents'): string;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  on(event: 'web-contents-created', listener: (event: unknown, contents: GuardableContents) => void): unknown;
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string) => void,
  ): unknown;
  on(event: 'open-file', listener: (event: PreventableEvent, path: string) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
  on(event: 'will-quit', listener: () => void): unknown;
}

export interface InvokeEvent {
  readonly sender: unknown;
  readonly senderFrame: FrameInfo | null;
}

export interface ShellIpcMain {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export interface ShellMenu {
  buildFromTemplate(template: MenuItemConstructorOptions[]): object;
  setApplicationMenu(menu: object | null): void;
}

export interface ShellDialog {
  showOpenDialog(window: DialogParent, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: DialogParent, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showMessageBox(window: DialogParent, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  showErrorBox(title: string, content: string): void;
}

export interface ShellProtocol {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

export interface PolicySession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  readonly webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

export interface ShellScreen {
  getAllDisplays(): { workArea: Rectangle }[];
  getPrimaryDisplay(): { workArea: Rectangle };
}

export interface ShellElectron {
  readonly app: ShellApp;
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => ShellWindow;
  readonly ipcMain: ShellIpcMain;
  readonly Menu: ShellMenu;
  readonly dialog: ShellDialog;
  readonly protocol: ShellProtocol;
  /** Only usable after the app is ready. */
  readonly session: { readonly defaultSession: PolicySession };
  /** Only usable after the app is ready. */
  readonly screen: ShellScreen;
}
