import { expect, type Locator, type Page } from '@playwright/test';

export type BackupKindLabel = 'On open' | 'Every 15 min' | 'Before restore' | 'Manual';

/** The Backups panel of Settings: the list, Back up now, and the restore dialog. */
export class BackupsPage {
  readonly panel: Locator;
  readonly backUpNow: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly notice: Locator;
  readonly dialog: Locator;
  readonly confirmRestore: Locator;
  readonly cancelRestore: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Backups' });
    this.backUpNow = this.panel.getByRole('button', { name: 'Back up now' });
    this.table = this.panel.getByRole('table', { name: 'Backups of this workspace' });
    this.rows = this.table.locator('tbody tr');
    this.notice = this.panel.locator('.backups__outcome .notice');
    this.dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    this.confirmRestore = this.dialog.getByRole('button', { name: 'Restore backup' });
    this.cancelRestore = this.dialog.getByRole('button', { name: 'Cancel' });
  }

  /** The newest backup of a kind. */
  row(kind: BackupKindLabel): Locator {
    return this.rows.filter({ has: this.page.getByText(kind, { exact: true }) }).first();
  }

  restoreButton(row: Locator): Locator {
    return row.getByRole('button', { name: /^Restore the backup from / });
  }

  /** The kinds of the listed backups, newest first. */
  async kinds(): Promise<string[]> {
    return this.rows.locator('.badge').allInnerTexts();
  }

  /** Restores the backup in `row` after confirming, and waits for the app to come back from its reload. */
  async restore(row: Locator): Promise<void> {
    await this.restoreButton(row).click();
    await expect(this.dialog).toBeVisible();
    await this.confirmRestore.click();
    await expect(this.notice).toContainText('Restored the backup from');
  }
}
