import { expect, type Locator, type Page } from '@playwright/test';

/** A register's list: search, filters, the table and its row count. `title` is the table's name, e.g. "Suppliers". */
export class RegisterListPage {
  readonly table: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly rows: Locator;
  readonly tabs: Locator;

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.table = page.getByRole('table', { name: title });
    this.search = page.getByRole('searchbox', { name: `Search ${title.toLowerCase()}` });
    this.count = page.getByTestId('list-count');
    this.rows = this.table.locator('tbody tr[data-index]');
    this.tabs = page.getByRole('navigation', { name: 'Agreement registers' });
  }

  newButton(singular: string): Locator {
    return this.page.getByRole('link', { name: `New ${singular}` }).first();
  }

  /** The link that opens a record, by its name as the table shows it. */
  link(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  header(name: string): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  async sortBy(name: string): Promise<void> {
    await this.header(name).getByRole('button').click();
  }

  filter(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  toggle(label: string): Locator {
    return this.page.getByRole('button', { name: label, exact: true });
  }

  /** The names in the link column, top to bottom, of the rows drawn. */
  async names(): Promise<string[]> {
    return this.rows.locator('[data-row-link]').allTextContents();
  }

  async expectNames(names: string[]): Promise<void> {
    await expect(this.rows.locator('[data-row-link]')).toHaveText(names);
  }
}
