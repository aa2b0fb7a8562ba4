import { test as base } from '@playwright/test';
import { AppShellPage } from './pages/app-shell-page';
import { SettingsPage } from './pages/settings-page';
import { serveSampleWorkspace, type ServedWorkspace } from './served-workspace';
import { WorkspaceApi } from './workspace-api';

interface Fixtures {
  /** This test's own sample workspace, served by `clausebook serve`; removed after the test. */
  workspace: ServedWorkspace;
  /** The app opened through the workspace's tokenised address, showing the dashboard. */
  shell: AppShellPage;
  settings: SettingsPage;
  /** The core's API with the page's session, for setting up records a test needs. */
  api: WorkspaceApi;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; this one has none.
  workspace: async ({}, use) => {
    const workspace = await serveSampleWorkspace();
    try {
      await use(workspace);
    } finally {
      await workspace.stop();
    }
  },
  shell: async ({ page, workspace }, use) => {
    const shell = new AppShellPage(page);
    await shell.open(workspace.url);
    await use(shell);
  },
  settings: async ({ shell, page }, use) => {
    await shell.goTo('Settings');
    await use(new SettingsPage(page));
  },
  api: async ({ shell, workspace }, use) => {
    await use(new WorkspaceApi(shell.page.request, workspace.origin));
  },
});

export { expect } from '@playwright/test';
