import type { Locator, Page } from '@playwright/test';

/** The "Import…" dialog of a register list: file, column mapping, preview, problems, check and import. */
export class ImportDialogPage {
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly chooseFile: Locator;
  readonly columns: Locator;
  readonly rows: Locator;
  readonly problems: Locator;
  readonly status: Locator;
  readonly check: Locator;
  readonly importButton: Locator;
  readonly close: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    // The input is hidden behind the "Choose a file…" button; Playwright can still give it files.
    this.fileInput = this.dialog.locator('input[type="file"]');
    this.chooseFile = this.dialog.getByRole('button', { name: 'Choose a file…' });
    this.columns = this.dialog.getByRole('table', { name: 'Columns of the file' });
    this.rows = this.dialog.getByRole('table', { name: 'First rows of the file' });
    this.problems = this.dialog.getByRole('table', { name: 'Problems' });
    this.status = this.dialog.getByRole('status');
    this.check = this.dialog.getByRole('button', { name: 'Check', exact: true });
    this.importButton = this.dialog.getByRole('button', { name: /^Import \d+ rows?$/ });
    this.close = this.dialog.getByRole('button', { name: 'Close' });
  }

  /** Opens the dialog from the list screen. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
  }

  /** Gives the dialog a file made in memory, as choosing one from disk would. */
  async chooseContent(name: string, content: string, mimeType = 'text/csv'): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType, buffer: Buffer.from(content, 'utf8') });
  }

  /** The select that maps a column of the file, by its header. */
  mapping(header: string): Locator {
    return this.dialog.getByRole('combobox', { name: `Import column "${header}" as` });
  }
}
