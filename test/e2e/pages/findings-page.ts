import type { Locator, Page } from '@playwright/test';

/** The findings list and the finding form. */
export class FindingsPage {
  readonly newFinding: Locator;
  readonly table: Locator;
  readonly counts: Locator;
  readonly type: Locator;
  readonly status: Locator;
  readonly title: Locator;
  readonly description: Locator;
  readonly action: Locator;
  readonly owner: Locator;
  readonly dueDate: Locator;
  readonly actionStatus: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.newFinding = page.getByRole('link', { name: 'New finding' }).first();
    this.table = page.getByRole('table', { name: 'Findings' });
    this.counts = page.getByRole('list', { name: 'Open findings by type' });
    this.type = page.getByLabel('Type', { exact: true });
    this.status = page.getByLabel('Status', { exact: true });
    this.title = page.getByLabel('Title');
    this.description = page.getByLabel('Description');
    this.action = page.getByRole('textbox', { name: 'Action', exact: true });
    this.owner = page.getByLabel('Action owner');
    this.dueDate = page.getByLabel('Action due date');
    this.actionStatus = page.getByLabel('Action status');
    this.submit = page.getByRole('button', { name: /^(Raise|Save) finding$/ });
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }
}
