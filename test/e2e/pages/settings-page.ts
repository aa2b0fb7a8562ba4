import { expect, type Locator, type Page } from '@playwright/test';

/** The engagement settings form and the workspace facts beside it. */
export class SettingsPage {
  readonly form: Locator;
  readonly clientOrganisation: Locator;
  readonly scopeStatement: Locator;
  readonly auditType: Locator;
  readonly plannedAuditDate: Locator;
  readonly consultantName: Locator;
  readonly save: Locator;
  readonly reset: Locator;
  readonly status: Locator;
  readonly unsaved: Locator;
  readonly alert: Locator;
  readonly workspaceFacts: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('region', { name: 'Engagement' });
    this.clientOrganisation = page.getByLabel('Client organisation');
    this.scopeStatement = page.getByLabel('Scope statement');
    this.auditType = page.getByLabel('Audit type');
    this.plannedAuditDate = page.getByLabel('Planned audit date');
    this.consultantName = page.getByLabel('Consultant name');
    this.save = page.getByRole('button', { name: 'Save' });
    this.reset = page.getByRole('button', { name: 'Reset' });
    this.status = page.getByRole('status');
    this.unsaved = page.getByText('Unsaved changes');
    this.alert = this.form.getByRole('alert');
    this.workspaceFacts = page.getByRole('region', { name: 'Workspace file' });
  }

  async fill(values: {
    clientOrganisation?: string;
    scopeStatement?: string;
    auditType?: string;
    plannedAuditDate?: string;
    consultantName?: string;
  }): Promise<void> {
    if (values.clientOrganisation !== undefined)
      await this.clientOrganisation.fill(values.clientOrganisation);
    if (values.scopeStatement !== undefined) await this.scopeStatement.fill(values.scopeStatement);
    if (values.auditType !== undefined) await this.auditType.selectOption({ label: values.auditType });
    if (values.plannedAuditDate !== undefined) await this.plannedAuditDate.fill(values.plannedAuditDate);
    if (values.consultantName !== undefined) await this.consultantName.fill(values.consultantName);
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
