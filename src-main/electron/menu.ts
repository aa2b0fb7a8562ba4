import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newWorkspace(): void;
  open(): void;
  openRecent(file: string): void;
  clearRecent(): void;
  saveAs(): void;
  closeWorkspace(): void;
  about(): void;
}

export interface MenuState {
  platform: NodeJS.Platform;
  /** Packaged builds have no DevTools. */
  isPackaged: boolean;
  hasWorkspace: boolean;
  recent: readonly string[];
}

/**
 * The application menu as data. Nothing in it opens a website: Help only shows the version.
 * Rebuilt whenever the recent list or the open workspace changes.
 */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = state.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: 'About Clausebook', click: () => actions.about() };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Clausebook',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    { label: '&File', submenu: fileMenu(state, actions, isMac) },
    { label: '&Edit', submenu: editMenu(isMac) },
    { label: '&View', submenu: viewMenu(state) },
    {
      label: '&Window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }],
    },
    { label: '&Help', role: 'help', submenu: [about] },
  );
  return template;
}

function fileMenu(state: MenuState, actions: MenuActions, isMac: boolean): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [
    { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
    { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
    { label: 'Open Recent', submenu: recentMenu(state, actions) },
    { type: 'separator' },
    {
      label: 'Save As…',
      accelerator: 'CmdOrCtrl+Shift+S',
      enabled: state.hasWorkspace,
      click: () => actions.saveAs(),
    },
    {
      label: 'Close Workspace',
      accelerator: 'CmdOrCtrl+W',
      enabled: state.hasWorkspace,
      click: () => actions.closeWorkspace(),
    },
  ];
  // On macOS Quit lives in the application menu.
  if (!isMac) items.push({ type: 'separator' }, { role: 'quit' });
  return items;
}

function recentMenu(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const entries: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: 'No Recent Workspaces', enabled: false }]
      : state.recent.map((file) => ({ label: menuLabel(file), click: () => actions.openRecent(file) }));
  return [
    ...entries,
    { type: 'separator' },
    { label: 'Clear Recent', enabled: state.recent.length > 0, click: () => actions.clearRecent() },
  ];
}

function editMenu(isMac: boolean): MenuItemConstructorOptions[] {
  return [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
    { role: 'delete' },
    { type: 'separator' },
    { role: 'selectAll' },
  ];
}

function viewMenu(state: MenuState): MenuItemConstructorOptions[] {
  return [
    { role: 'reload' },
    ...(state.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
}

/** Electron reads "&" in a label as a mnemonic marker (and drops it); a path must show literally. */
function menuLabel(file: string): string {
  return file.replaceAll('&', '&&');
}
