import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions, type MenuState } from '../../../src-main/electron/menu';
import { clickMenuItem, findMenuItem } from './fake-electron';

function actions() {
  const spy = () => vi.fn<(file?: string) => void>();
  return {
    newWorkspace: spy(),
    open: spy(),
    openRecent: spy(),
    clearRecent: spy(),
    saveAs: spy(),
    closeWorkspace: spy(),
    about: spy(),
  } satisfies MenuActions;
}

const state = (overrides: Partial<MenuState> = {}): MenuState => ({
  platform: 'linux',
  isPackaged: true,
  hasWorkspace: true,
  recent: ['/work/Acme.clausebook', '/work/R&D Ltd.clausebook'],
  ...overrides,
});

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const items = findMenuItem(template, label).submenu;
  if (!Array.isArray(items)) throw new Error(`${label} has no submenu`);
  return items;
}

function roles(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.map((item) => item.role).filter((role) => role !== undefined);
}

describe('application menu', () => {
  it('offers the workspace commands with their accelerators, each calling its own action', () => {
    const expected: [string, string, keyof MenuActions][] = [
      ['New Workspace…', 'CmdOrCtrl+N', 'newWorkspace'],
      ['Open…', 'CmdOrCtrl+O', 'open'],
      ['Save As…', 'CmdOrCtrl+Shift+S', 'saveAs'],
      ['Close Workspace', 'CmdOrCtrl+W', 'closeWorkspace'],
    ];
    for (const [label, accelerator, action] of expected) {
      const spies = actions();
      const item = findMenuItem(submenu(buildMenuTemplate(state(), spies), '&File'), label);
      expect(item.accelerator, label).toBe(accelerator);
      clickMenuItem(item);
      const called = Object.entries(spies)
        .filter(([, spy]) => spy.mock.calls.length > 0)
        .map(([name]) => name);
      expect(called, label).toEqual([action]);
    }
  });

  it('lists recent workspaces under Open Recent, escaping "&", and can clear them', () => {
    const spies = actions();
    const recent = submenu(buildMenuTemplate(state(), spies), 'Open Recent');
    expect(recent.map((item) => item.label ?? item.type)).toEqual([
      '/work/Acme.clausebook',
      '/work/R&&D Ltd.clausebook',
      'separator',
      'Clear Recent',
    ]);
    clickMenuItem(findMenuItem(recent, '/work/R&&D Ltd.clausebook'));
    expect(spies.openRecent).toHaveBeenCalledWith('/work/R&D Ltd.clausebook');
    clickMenuItem(findMenuItem(recent, 'Clear Recent'));
    expect(spies.clearRecent).toHaveBeenCalledTimes(1);
    expect(spies.open).not.toHaveBeenCalled();
  });

  it('says so when there is nothing recent', () => {
    const recent = submenu(buildMenuTemplate(state({ recent: [] }), actions()), 'Open Recent');
    expect(findMenuItem(recent, 'No Recent Workspaces').enabled).toBe(false);
    expect(findMenuItem(recent, 'Clear Recent').enabled).toBe(false);
  });

  it('disables Save As and Close Workspace when no workspace is open', () => {
    const file = submenu(buildMenuTemplate(state({ hasWorkspace: false }), actions()), '&File');
    expect(findMenuItem(file, 'Save As…').enabled).toBe(false);
    expect(findMenuItem(file, 'Close Workspace').enabled).toBe(false);
    expect(findMenuItem(file, 'New Workspace…').enabled).not.toBe(false);
  });

  it('offers DevTools only in development builds', () => {
    expect(roles(submenu(buildMenuTemplate(state({ isPackaged: true }), actions()), '&View'))).not.toContain(
      'toggleDevTools',
    );
    expect(roles(submenu(buildMenuTemplate(state({ isPackaged: false }), actions()), '&View'))).toContain(
      'toggleDevTools',
    );
  });

  it('puts Quit in File on Windows and Linux and in the app menu on macOS', () => {
    expect(roles(submenu(buildMenuTemplate(state({ platform: 'win32' }), actions()), '&File'))).toContain(
      'quit',
    );
    const mac = buildMenuTemplate(state({ platform: 'darwin' }), actions());
    expect(roles(submenu(mac, '&File'))).not.toContain('quit');
    expect(roles(submenu(mac, 'Clausebook'))).toContain('quit');
  });

  it('has a Help menu that only shows the version', () => {
    const spies = actions();
    const help = submenu(buildMenuTemplate(state(), spies), '&Help');
    expect(help.map((item) => item.label)).toEqual(['About Clausebook']);
    clickMenuItem(findMenuItem(help, 'About Clausebook'));
    expect(spies.about).toHaveBeenCalledTimes(1);
  });
});
