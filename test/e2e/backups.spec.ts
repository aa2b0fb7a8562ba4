import { rmSync } from 'node:fs';
import path from 'node:path';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { BackupsPage } from './pages/backups-page';

test.describe('backups', () => {
  test('a restore takes the workspace back, and restoring the "before restore" backup undoes it', async ({
    settings,
    shell,
    page,
    api,
  }) => {
    const backups = new BackupsPage(page);
    /** The count line of the Services list searched for `name`. */
    const servicesNamed = async (name: string) => {
      await shell.goTo('Services');
      await page.getByRole('searchbox').fill(name);
      return page.getByTestId('list-count');
    };
    // `serve` backed the workspace up when it opened it.
    await expect(backups.rows).toHaveCount(1);
    expect(await backups.kinds()).toEqual(['On open']);

    await settings.fill({ consultantName: 'Kept in the backup' });
    await settings.save.click();
    await expect(settings.status).toHaveText('Saved');
    await backups.backUpNow.click();
    await expect(backups.notice).toHaveText(/^Backed up today \d\d:\d\d \([\d.]+ [kM]B\)\.$/);
    await expect(backups.rows).toHaveCount(2);
    expect(await backups.kinds()).toEqual(['Manual', 'On open']);
    await expect(backups.row('Manual')).toContainText(/today \d\d:\d\d/);

    // Changes after the backup: one on this screen, one in a register.
    await settings.fill({ consultantName: 'Changed after the backup' });
    await settings.save.click();
    await expect(settings.status).toHaveText('Saved');
    await api.call('services.create', {
      name: 'Added after the backup',
      lifecycle: 'live',
      criticality: 'low',
    });
    await expect(await servicesNamed('Added after the backup')).toHaveText(/^1 of \d+ services$/);
    await shell.goTo('Settings');

    await backups.restoreButton(backups.row('Manual')).click();
    await expect(backups.dialog).toContainText('the current state is backed up first');
    await expect(backups.dialog).toContainText('Restore that one to undo this restore.');
    await backups.confirmRestore.click();
    await expect(backups.notice).toContainText(/^Restored the backup from today \d\d:\d\d\./);
    await expect(backups.notice).toBeFocused();
    await expect(settings.consultantName).toHaveValue('Kept in the backup');
    expect(await backups.kinds()).toEqual(['Before restore', 'Manual', 'On open']);
    await expect(await servicesNamed('Added after the backup')).toHaveText(/^0 of \d+ services$/);

    await shell.goTo('Settings');
    await backups.restore(backups.row('Before restore'));
    await expect(settings.consultantName).toHaveValue('Changed after the backup');
    expect(await backups.kinds()).toEqual(['Before restore', 'Before restore', 'Manual', 'On open']);
    await expect(await servicesNamed('Added after the backup')).toHaveText(/^1 of \d+ services$/);
  });

  test('the panel and its dialog work from the keyboard, and Cancel changes nothing', async ({
    settings,
    shell,
    page,
  }) => {
    const backups = new BackupsPage(page);
    await expect(backups.rows).toHaveCount(1);
    const restore = backups.restoreButton(backups.rows.first());
    await shell.tabTo(restore, 80);
    await page.keyboard.press('Enter');
    await expect(backups.dialog).toBeVisible();
    await expect(backups.cancelRestore).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(backups.dialog).toBeHidden();
    await expect(restore).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // Cancel has focus
    await expect(backups.dialog).toBeHidden();
    await expect(backups.rows).toHaveCount(1);
    await expect(settings.status).toHaveText('');
  });

  test('a backup that has gone since the list was shown is refused in the dialog, and nothing changes', async ({
    settings,
    page,
    workspace,
  }) => {
    const backups = new BackupsPage(page);
    await backups.backUpNow.click();
    await expect(backups.rows).toHaveCount(2);
    await settings.fill({ consultantName: 'Still here' });
    await settings.save.click();
    await expect(settings.status).toHaveText('Saved');
    // The manual backup is removed behind the app's back (as retention would).
    const folder = path.join(workspace.userDataDir, 'backups');
    const { readdirSync } = await import('node:fs');
    const [id] = readdirSync(folder);
    const manual = readdirSync(path.join(folder, id!)).find((name) => name.endsWith('-manual.clausebook'))!;
    rmSync(path.join(folder, id!, manual));

    await backups.restoreButton(backups.row('Manual')).click();
    await backups.confirmRestore.click();
    await expect(backups.dialog.getByRole('alert')).toHaveText(
      /^There is no backup \d{8}-\d{6}-\d{3}-manual of this workspace; it may have been pruned since the list was shown\. Nothing was changed\.$/,
    );
    await backups.cancelRestore.click();
    await expect(settings.consultantName).toHaveValue('Still here');
  });

  test('a backup taken while the panel is open appears in the list within a minute', async ({
    settings,
    page,
    api,
  }) => {
    const backups = new BackupsPage(page);
    await page.clock.install();
    await page.reload();
    await expect(settings.workspaceFacts).toBeVisible();
    await expect(backups.rows).toHaveCount(1);
    // Taken by something other than this screen, as the automatic backup every 15 minutes is.
    await api.call('backups.create', {});
    await page.clock.runFor(30_000);
    await expect(backups.rows).toHaveCount(1);
    await page.clock.runFor(31_000);
    await expect(backups.rows).toHaveCount(2);
    expect(await backups.kinds()).toEqual(['Manual', 'On open']);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the panel and the restore dialog have no serious or critical axe violations (${colorScheme})`, async ({
      settings,
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      const backups = new BackupsPage(page);
      await expect(settings.workspaceFacts).toBeVisible();
      await backups.backUpNow.click();
      await expect(backups.rows).toHaveCount(2);
      expect(await seriousViolations(page)).toEqual([]);
      await backups.restoreButton(backups.row('Manual')).click();
      await expect(backups.dialog).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await backups.confirmRestore.click();
      await expect(backups.notice).toContainText('Restored the backup from');
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
