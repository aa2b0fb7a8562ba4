import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceDialogs } from '../../../src-main/electron/dialogs';
import {
  SAMPLE_WORKSPACE_FILE,
  chooseInitialWorkspace,
  openStartupWorkspace,
} from '../../../src-main/electron/first-launch';
import { RecentWorkspaces } from '../../../src-main/electron/recent-workspaces';
import { MENU_CALL, WorkspaceCommands } from '../../../src-main/electron/workspace-commands';
import { FakeCore } from './fake-core';
import { createFakeElectron } from './fake-electron';

describe('choice of the start-up workspace', () => {
  const facts = {
    requestedPath: null,
    recent: [],
    samplePath: '/ud/Sample workspace.clausebook',
    sampleExists: false,
  };

  it('creates the sample on a first launch', () => {
    expect(chooseInitialWorkspace(facts)).toEqual({
      action: 'createSample',
      path: '/ud/Sample workspace.clausebook',
    });
  });

  it('opens the sample if it is already there', () => {
    expect(chooseInitialWorkspace({ ...facts, sampleExists: true })).toEqual({
      action: 'open',
      path: '/ud/Sample workspace.clausebook',
    });
  });

  it('reopens the most recent workspace', () => {
    expect(chooseInitialWorkspace({ ...facts, recent: ['/a.clausebook', '/b.clausebook'] })).toEqual({
      action: 'open',
      path: '/a.clausebook',
    });
  });

  it('prefers a file the OS asked to open', () => {
    expect(
      chooseInitialWorkspace({ ...facts, recent: ['/a.clausebook'], requestedPath: '/x.clausebook' }),
    ).toEqual({
      action: 'open',
      path: '/x.clausebook',
    });
  });
});

describe('opening the start-up workspace', () => {
  let userData: string;
  beforeEach(() => {
    userData = mkdtempSync(path.join(os.tmpdir(), 'clausebook-userdata-'));
  });
  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  function setUp() {
    const electron = createFakeElectron();
    const core = new FakeCore();
    const recent = new RecentWorkspaces(path.join(userData, 'recent.json'));
    const commands = new WorkspaceCommands({
      api: core,
      dialogs: new WorkspaceDialogs(
        electron.dialog,
        () => null,
        () => userData,
      ),
      recent,
      onRecentChanged: () => undefined,
    });
    const start = () =>
      openStartupWorkspace({ commands, recent, userDataDir: userData, requestedPath: null });
    return { electron, core, recent, start };
  }

  it('creates the sample in userData through workspace.createSample when nothing is recent', async () => {
    const { core, start } = setUp();
    const samplePath = path.join(userData, SAMPLE_WORKSPACE_FILE);
    await start();
    expect(core.calls).toEqual([
      { method: 'workspace.createSample', input: { path: samplePath }, context: MENU_CALL },
    ]);
    expect(core.openPath).toBe(samplePath);
    // Remembered, so the next launch reopens it instead of creating another.
    expect(JSON.parse(readFileSync(path.join(userData, 'recent.json'), 'utf8'))).toEqual([samplePath]);
  });

  it('reopens the most recent workspace that still exists', async () => {
    const { core, recent, start } = setUp();
    const older = path.join(userData, 'older.clausebook');
    const newer = path.join(userData, 'newer.clausebook');
    for (const file of [older, newer]) {
      writeFileSync(file, '');
      recent.add(file);
    }
    rmSync(newer);
    await start();
    expect(core.calls).toEqual([{ method: 'workspace.open', input: { path: older }, context: MENU_CALL }]);
  });

  it('shows the error and leaves no workspace open when opening fails', async () => {
    const { electron, core, start } = setUp();
    core.failures.set('workspace.createSample', { code: 'IO', message: 'The disk is full.' });
    await start();
    expect(core.openPath).toBeNull();
    expect(electron.dialog.calls).toEqual([
      expect.objectContaining({
        options: expect.objectContaining({ type: 'error', detail: 'The disk is full.' }),
      }),
    ]);
  });
});
