import { expect, type Locator, type Page } from '@playwright/test';

/** A register's form: fields by label, record pickers, editable lists, and the save bar. */
export class RecordFormPage {
  readonly alert: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.alert = page.getByRole('main').getByRole('alert');
    this.cancel = page.getByRole('link', { name: 'Cancel' });
  }

  /** A field by its label; an optional field's label also says "Optional", which screen readers do not hear. */
  field(label: string): Locator {
    return this.page.getByLabel(new RegExp(`^${escapeRegExp(label)}\\s*(Optional)?$`));
  }

  /** "Add supplier" on a new record, "Save changes" on an existing one. */
  save(): Locator {
    return this.page.getByRole('button', {
      name: /^(Add (service|customer|supplier|agreement|target|review)|Save changes)$/,
    });
  }

  picker(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  /** Types `search` into a record picker and picks the option whose text contains `option`. */
  async choose(label: string, search: string, option: string | RegExp = search): Promise<void> {
    const picker = this.picker(label);
    await picker.click();
    await picker.fill(search);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  async select(label: string, option: string): Promise<void> {
    await this.field(label).selectOption({ label: option });
  }

  /** Expects `field` to be marked invalid and described by `message`, the way a screen reader meets it. */
  async expectFieldError(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
