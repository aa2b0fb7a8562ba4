import { describe, expect, it } from 'vitest';
import { WorkspaceDialogs } from '../../../src-main/electron/dialogs';
import { MENU_CALL, WorkspaceCommands } from '../../../src-main/electron/workspace-commands';
import { FakeCore } from './fake-core';
import { createFakeElectron } from './fake-electron';

function setUp() {
  const electron = createFakeElectron();
  const core = new FakeCore();
  const recentList: string[] = [];
  let menuRebuilds = 0;
  const commands = new WorkspaceCommands({
    api: core,
    dialogs: new WorkspaceDialogs(
      electron.dialog,
      () => null,
      () => '/docs',
    ),
    recent: {
      add: (file) => void recentList.unshift(file),
      remove: (file) => void recentList.splice(recentList.indexOf(file), 1),
      clear: () => void recentList.splice(0),
    },
    onRecentChanged: () => void (menuRebuilds += 1),
  });
  return { electron, core, commands, recentList, menuRebuilds: () => menuRebuilds };
}

describe('workspace commands', () => {
  it('New Workspace creates the chosen file, named after it, and remembers it', async () => {
    const { electron, core, commands, recentList, menuRebuilds } = setUp();
    electron.dialog.answers.push('/clients/Northwind.clausebook');
    await commands.newWorkspace();
    expect(core.calls).toEqual([
      {
        method: 'workspace.create',
        input: { path: '/clients/Northwind.clausebook', clientOrganisation: 'Northwind' },
        context: MENU_CALL,
      },
    ]);
    expect(MENU_CALL).toEqual({ transport: 'ipc', access: 'local' });
    expect(recentList).toEqual(['/clients/Northwind.clausebook']);
    expect(menuRebuilds()).toBe(1);
  });

  it('does nothing when a dialog is cancelled', async () => {
    const { core, commands } = setUp();
    await commands.newWorkspace();
    await commands.open();
    expect(core.calls).toEqual([]);
  });

  it('shows the error message and forgets a recent file that is gone', async () => {
    const { electron, core, commands, recentList } = setUp();
    recentList.push('/gone.clausebook');
    core.failures.set('workspace.open', {
      code: 'WORKSPACE_NOT_FOUND',
      message: 'There is no file at /gone.clausebook.',
    });
    expect(await commands.openPath('/gone.clausebook')).toBe(false);
    expect(recentList).toEqual([]);
    expect(electron.dialog.calls).toEqual([
      expect.objectContaining({
        kind: 'message',
        options: expect.objectContaining({ detail: 'There is no file at /gone.clausebook.' }),
      }),
    ]);
  });

  it('keeps a recent file that failed for another reason', async () => {
    const { core, commands, recentList } = setUp();
    recentList.push('/locked.clausebook');
    core.failures.set('workspace.open', {
      code: 'WORKSPACE_LOCKED',
      message: 'Another program is using it.',
    });
    await commands.openPath('/locked.clausebook');
    expect(recentList).toEqual(['/locked.clausebook']);
  });

  it('Save As offers a copy beside the open workspace and continues in it', async () => {
    const { electron, core, commands, recentList } = setUp();
    await commands.openPath('/clients/Acme.clausebook');
    electron.dialog.answers.push('/clients/Acme 2025.clausebook');
    await commands.saveAs();
    expect(electron.dialog.calls.at(-1)?.options).toMatchObject({
      defaultPath: '/clients/Acme copy.clausebook',
    });
    expect(core.methods()).toEqual(['workspace.open', 'workspace.current', 'workspace.saveAs']);
    expect(recentList[0]).toBe('/clients/Acme 2025.clausebook');
  });

  it('Save As does nothing without an open workspace; Close and About go through the API', async () => {
    const { electron, core, commands } = setUp();
    await commands.saveAs();
    expect(electron.dialog.calls).toEqual([]);
    await commands.close();
    await commands.about();
    expect(core.methods()).toEqual(['workspace.current', 'workspace.close', 'app.about']);
    expect(electron.dialog.calls.at(-1)?.options).toMatchObject({ message: 'Clausebook 9.8.7' });
  });
});
