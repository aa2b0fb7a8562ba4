import { type Locator, type Page } from '@playwright/test';

/** One record's page: heading, actions, related records, history, and the delete dialog. */
export class RecordPage {
  readonly heading: Locator;
  readonly edit: Locator;
  readonly delete: Locator;
  readonly related: Locator;
  readonly history: Locator;
  readonly dialog: Locator;
  readonly flash: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.edit = main.getByRole('link', { name: /^Edit/ });
    this.delete = main.getByRole('button', { name: /^Delete/ }).first();
    this.related = page.getByRole('region', { name: 'Related records' });
    this.history = page.getByRole('region', { name: 'History' });
    this.dialog = page.getByRole('dialog');
    this.flash = page.locator('.flash').getByRole('status');
  }

  /** A group of related records, e.g. "Agreements" or "Service level targets". */
  relatedGroup(label: string): Locator {
    return this.related.getByRole('region', { name: label, exact: true });
  }

  /** A card of the record's own fields, e.g. "Supplier" or "Contacts". */
  card(title: string): Locator {
    return this.page.getByRole('main').getByRole('region', { name: title, exact: true });
  }

  /** The value beside a label in the record's fields. */
  fact(label: string): Locator {
    return this.page
      .getByRole('main')
      .locator('.facts__row')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
      .locator('dd');
  }

  /** Opens the delete dialog and confirms; the dialog stays open if the core refuses. */
  async deleteRecord(singular: string): Promise<void> {
    await this.delete.click();
    await this.dialog.getByRole('button', { name: `Delete ${singular}` }).click();
  }
}
