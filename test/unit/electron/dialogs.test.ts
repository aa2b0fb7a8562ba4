import { describe, expect, it } from 'vitest';
import {
  WORKSPACE_FILTERS,
  WorkspaceDialogs,
  organisationFromPath,
  withWorkspaceExtension,
} from '../../../src-main/electron/dialogs';
import { FakeBrowserWindow, createFakeElectron } from './fake-electron';

function setUp(window: FakeBrowserWindow | null) {
  const electron = createFakeElectron();
  const dialogs = new WorkspaceDialogs(
    electron.dialog,
    () => window,
    () => '/home/user/Documents',
  );
  return { dialog: electron.dialog, dialogs };
}

describe('workspace dialogs', () => {
  it('filters for .clausebook files and attaches to the window', async () => {
    const window = new FakeBrowserWindow({});
    const { dialog, dialogs } = setUp(window);
    dialog.answers.push('/home/user/Acme.clausebook');
    expect(await dialogs.chooseOpenPath()).toBe('/home/user/Acme.clausebook');
    expect(dialog.calls[0]).toMatchObject({
      kind: 'open',
      parent: window,
      options: { filters: WORKSPACE_FILTERS, properties: ['openFile'] },
    });
    expect(WORKSPACE_FILTERS).toEqual([{ name: 'Clausebook workspace', extensions: ['clausebook'] }]);
  });

  it('adds the extension the Linux save dialog leaves off, and returns null on cancel', async () => {
    const { dialog, dialogs } = setUp(null);
    dialog.answers.push('/home/user/Acme Ltd', null);
    expect(await dialogs.chooseNewPath()).toBe('/home/user/Acme Ltd.clausebook');
    expect(await dialogs.chooseSaveAsPath('/home/user/Acme Ltd.clausebook')).toBeNull();
    expect(dialog.calls.map((call) => [call.kind, call.parent])).toEqual([
      ['save', null],
      ['save', null],
    ]);
    expect(dialog.calls[1]?.options).toMatchObject({ defaultPath: '/home/user/Acme Ltd copy.clausebook' });
  });

  it('shows errors with the message from the error value', async () => {
    const { dialog, dialogs } = setUp(null);
    await dialogs.showError('Could not open the workspace', 'This file was written by a newer Clausebook.');
    expect(dialog.calls[0]?.options).toMatchObject({
      type: 'error',
      message: 'Could not open the workspace',
      detail: 'This file was written by a newer Clausebook.',
    });
  });

  it('derives names and extensions', () => {
    expect(withWorkspaceExtension('/a/b.CLAUSEBOOK')).toBe('/a/b.CLAUSEBOOK');
    expect(withWorkspaceExtension('/a/b.db')).toBe('/a/b.db.clausebook');
    expect(organisationFromPath('/clients/Northwind Traders.clausebook')).toBe('Northwind Traders');
    expect(organisationFromPath('/clients/ .clausebook')).toBe('New client');
    expect(organisationFromPath(`/c/${'x'.repeat(300)}.clausebook`)).toHaveLength(200);
  });
});
