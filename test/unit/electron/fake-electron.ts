// A small hand-written stand-in for the Electron modules the shell uses (see
// src-main/electron/electron-surface.ts). It records what the shell asks of Electron and lets a
// test fire the events Electron would fire. It is typed against the same interfaces the real
// module is checked against, so the fake cannot drift from what the shell actually calls.
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OpenDialogOptions,
  Rectangle,
  SaveDialogOptions,
} from 'electron';
import type {
  DialogParent,
  FrameInfo,
  PolicySession,
  ShellApp,
  ShellDialog,
  ShellElectron,
  ShellIpcMain,
  ShellMenu,
  ShellProtocol,
  ShellScreen,
  ShellWebContents,
  ShellWindow,
} from '../../../src-main/electron/electron-surface';

type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  readonly #listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapper = (...args: never[]) => {
      this.#listeners.set(
        event,
        (this.#listeners.get(event) ?? []).filter((entry) => entry !== wrapper),
      );
      return listener(...args);
    };
    return this.on(event, wrapper);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.#listeners.get(event) ?? [])
      (listener as (...values: unknown[]) => unknown)(...args);
  }

  listenerCount(event: string): number {
    return this.#listeners.get(event)?.length ?? 0;
  }
}

/** An event whose preventDefault can be observed, with whatever details Electron attaches. */
export function fakeEvent<T extends object>(
  details: T,
): T & { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    ...details,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

let nextProcessId = 10;

export class FakeWebContents extends FakeEmitter implements ShellWebContents {
  readonly mainFrame: FrameInfo;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;

  constructor(url = 'clausebook://app/index.html') {
    super();
    this.mainFrame = { url, processId: nextProcessId++, routingId: 1 };
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends FakeEmitter implements ShellWindow {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  title = '';
  visible = false;
  maximized = false;
  destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 0,
      height: options.height ?? 0,
    };
    FakeBrowserWindow.instances.push(this);
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {}
  restore(): void {}
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Where the user has moved the window; starts where the options put it. */
  bounds: Rectangle;
  getNormalBounds(): Rectangle {
    return this.bounds;
  }
  setTitle(title: string): void {
    this.title = title;
  }
}

class FakeApp extends FakeEmitter implements ShellApp {
  isPackaged = false;
  hasLock = true;
  readonly paths = new Map<string, string>();
  #markReady: () => void = () => undefined;
  readonly #ready = new Promise<void>((resolve) => {
    this.#markReady = resolve;
  });

  constructor(private readonly log: string[]) {
    super();
  }

  enableSandbox(): void {
    this.log.push('app.enableSandbox');
  }
  setPath(name: 'userData', path: string): void {
    this.log.push(`app.setPath ${name}`);
    this.paths.set(name, path);
  }
  getPath(name: 'userData' | 'documents'): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`fake app has no ${name} path`);
    return path;
  }
  requestSingleInstanceLock(): boolean {
    this.log.push('app.requestSingleInstanceLock');
    return this.hasLock;
  }
  whenReady(): Promise<void> {
    return this.#ready;
  }
  /** What Electron does when Chromium has started. */
  becomeReady(): void {
    this.log.push('ready');
    this.#markReady();
  }
  quit(): void {
    this.log.push('app.quit');
  }
}

class FakeIpcMain implements ShellIpcMain {
  readonly handlers = new Map<string, Parameters<ShellIpcMain['handle']>[1]>();
  handle(channel: string, listener: Parameters<ShellIpcMain['handle']>[1]): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
}

class FakeMenu implements ShellMenu {
  current: MenuItemConstructorOptions[] | null = null;
  buildFromTemplate(template: MenuItemConstructorOptions[]): object {
    return { template };
  }
  setApplicationMenu(menu: object | null): void {
    this.current = menu === null ? null : (menu as { template: MenuItemConstructorOptions[] }).template;
  }
}

export interface DialogCall {
  kind: 'open' | 'save' | 'message' | 'errorBox';
  parent: DialogParent | null;
  options: OpenDialogOptions | SaveDialogOptions | MessageBoxOptions | { title: string; content: string };
}

class FakeDialog implements ShellDialog {
  readonly calls: DialogCall[] = [];
  /** Answers for the next open/save dialogs, in order; null means the user cancelled. */
  readonly answers: (string | null)[] = [];

  showOpenDialog(...args: [DialogParent, OpenDialogOptions] | [OpenDialogOptions]) {
    const [parent, options] = args.length === 2 ? args : [null, args[0]];
    this.calls.push({ kind: 'open', parent, options });
    const answer = this.answers.shift() ?? null;
    return Promise.resolve({ canceled: answer === null, filePaths: answer === null ? [] : [answer] });
  }
  showSaveDialog(...args: [DialogParent, SaveDialogOptions] | [SaveDialogOptions]) {
    const [parent, options] = args.length === 2 ? args : [null, args[0]];
    this.calls.push({ kind: 'save', parent, options });
    const answer = this.answers.shift() ?? null;
    return Promise.resolve({ canceled: answer === null, filePath: answer ?? '' });
  }
  showMessageBox(...args: [DialogParent, MessageBoxOptions] | [MessageBoxOptions]) {
    const [parent, options] = args.length === 2 ? args : [null, args[0]];
    this.calls.push({ kind: 'message', parent, options });
    return Promise.resolve({ response: 0, checkboxChecked: false });
  }
  showErrorBox(title: string, content: string): void {
    this.calls.push({ kind: 'errorBox', parent: null, options: { title, content } });
  }
}

class FakeProtocol implements ShellProtocol {
  readonly privileged: CustomScheme[] = [];
  readonly handlers = new Map<string, (request: Request) => Promise<Response>>();
  constructor(private readonly log: string[]) {}
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    this.log.push('protocol.registerSchemesAsPrivileged');
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    this.log.push(`protocol.handle ${scheme}`);
    this.handlers.set(scheme, handler);
  }
}

export class FakeSession implements PolicySession {
  permissionRequest: Parameters<PolicySession['setPermissionRequestHandler']>[0] | null = null;
  permissionCheck: Parameters<PolicySession['setPermissionCheckHandler']>[0] | null = null;
  beforeRequest: Parameters<PolicySession['webRequest']['onBeforeRequest']>[0] | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: Parameters<PolicySession['webRequest']['onBeforeRequest']>[0]) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: Parameters<PolicySession['setPermissionRequestHandler']>[0]): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Parameters<PolicySession['setPermissionCheckHandler']>[0]): void {
    this.permissionCheck = handler;
  }
}

class FakeScreen implements ShellScreen {
  workAreas: Rectangle[] = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  getAllDisplays() {
    return this.workAreas.map((workArea) => ({ workArea }));
  }
  getPrimaryDisplay() {
    const [primary] = this.workAreas;
    if (!primary) throw new Error('fake screen has no display');
    return { workArea: primary };
  }
}

export interface FakeElectron extends ShellElectron {
  readonly log: string[];
  readonly app: FakeApp;
  readonly ipcMain: FakeIpcMain;
  readonly Menu: FakeMenu;
  readonly dialog: FakeDialog;
  readonly protocol: FakeProtocol;
  readonly session: { readonly defaultSession: FakeSession };
  readonly screen: FakeScreen;
}

export function createFakeElectron(): FakeElectron {
  FakeBrowserWindow.instances = [];
  const log: string[] = [];
  return {
    log,
    app: new FakeApp(log),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: new FakeIpcMain(),
    Menu: new FakeMenu(),
    dialog: new FakeDialog(),
    protocol: new FakeProtocol(log),
    session: { defaultSession: new FakeSession() },
    screen: new FakeScreen(),
  };
}

/** Finds a menu item by label anywhere in a template. */
export function findMenuItem(
  template: readonly MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions {
  for (const item of template) {
    if (item.label === label) return item;
    if (Array.isArray(item.submenu)) {
      try {
        return findMenuItem(item.submenu, label);
      } catch {
        // not in this submenu
      }
    }
  }
  throw new Error(`no menu item labelled ${label}`);
}

/** Clicks a template item the way Electron would (the shell's handlers ignore the arguments). */
export function clickMenuItem(item: MenuItemConstructorOptions): void {
  if (!item.click) throw new Error(`menu item ${item.label ?? item.role ?? '?'} has no click handler`);
  item.click({} as never, undefined, {} as never);
}
