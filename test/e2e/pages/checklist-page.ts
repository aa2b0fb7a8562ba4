import { expect, type Locator, type Page } from '@playwright/test';

export type StatusLabel =
  'Not assessed' | 'Conforming' | 'Partially conforming' | 'Nonconforming' | 'Operated by another party';

/** The checklist: the clause tree on the left, the selected requirement item on the right. */
export class ChecklistPage {
  readonly tree: Locator;
  readonly item: Locator;
  readonly itemHeading: Locator;
  readonly status: Locator;
  readonly clientNotes: Locator;
  readonly internalNotes: Locator;
  readonly interviewees: Locator;
  readonly owner: Locator;
  readonly dueDate: Locator;
  readonly save: Locator;
  readonly saveState: Locator;
  readonly nextUnassessed: Locator;
  readonly agreementPicker: Locator;
  readonly noExclusionsNote: Locator;
  readonly statusFilter: Locator;
  readonly ownerFilter: Locator;
  readonly withoutEvidenceFilter: Locator;
  readonly count: Locator;
  readonly weakFlag: Locator;
  readonly linkedEvidence: Locator;
  readonly linkExistingEvidence: Locator;
  readonly addEvidenceFiles: Locator;
  readonly evidenceOutcomes: Locator;
  /** The dialog that links files of the evidence library to the item. */
  readonly linkDialog: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.tree = main.getByRole('tree', { name: 'Clauses and requirement items' });
    this.item = main.getByRole('article');
    this.itemHeading = this.item.getByRole('heading', { level: 2 }).first();
    this.status = this.item.getByRole('group', { name: 'Status' });
    this.clientNotes = this.item.getByLabel('Client-facing notes');
    this.internalNotes = this.item.getByLabel('Internal notes');
    this.interviewees = this.item.getByLabel('Interviewees');
    this.owner = this.item.getByRole('combobox', { name: 'Owner', exact: true });
    this.dueDate = this.item.getByLabel('Due date');
    this.save = this.item.getByRole('button', { name: 'Save', exact: true });
    this.saveState = page.getByTestId('save-state');
    this.nextUnassessed = main.getByRole('button', { name: 'Next unassessed' });
    this.agreementPicker = this.item.getByRole('combobox', { name: 'Controlling agreement' });
    this.noExclusionsNote = this.status.getByText('Looking for “Not applicable”?');
    this.statusFilter = main.getByRole('group', { name: 'Filter items' }).getByLabel('Status');
    this.ownerFilter = main.getByRole('group', { name: 'Filter items' }).getByLabel('Owner');
    this.withoutEvidenceFilter = main.getByRole('button', { name: 'Has no evidence' });
    this.count = page.getByTestId('checklist-count');
    this.weakFlag = this.item.getByText('Weak: conforming without evidence');
    this.linkedEvidence = this.item.getByRole('list', { name: 'Linked evidence files' });
    this.linkExistingEvidence = this.item.getByRole('button', { name: 'Link existing…' });
    this.addEvidenceFiles = this.item.getByRole('button', { name: 'Add files…' });
    this.evidenceOutcomes = this.item.getByRole('list', { name: 'Files added' });
    this.linkDialog = page.getByRole('dialog', { name: /^Link evidence to / });
  }

  /** The readiness badge of a clause's or an item's row; its name says how many findings and the worst. */
  readinessBadge(row: Locator): Locator {
    return row.getByRole('img', { name: /readiness findings?,/ });
  }

  /** Links files of the evidence library to the shown item through the dialog, found by `search`. */
  async linkEvidence(search: string, fileNames: readonly string[]): Promise<void> {
    await this.linkExistingEvidence.click();
    await this.linkDialog.getByRole('searchbox', { name: 'Search evidence' }).fill(search);
    for (const name of fileNames) await this.linkDialog.getByRole('checkbox', { name }).check();
    await this.linkDialog.getByRole('button', { name: /^Link (file|\d+ files)$/ }).click();
    await expect(this.linkDialog).toBeHidden();
  }

  async open(itemId?: string): Promise<void> {
    await this.page.evaluate(
      (hash) => (window.location.hash = hash),
      `#/checklist${itemId ? `/${itemId}` : ''}`,
    );
    await expect(this.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Checklist');
    await expect(this.itemHeading).toBeVisible();
  }

  /** The item shown, by the id in its heading. */
  async expectItem(itemId: string): Promise<void> {
    await expect(this.itemHeading).toContainText(itemId);
    await expect(this.page).toHaveURL(new RegExp(`#/checklist/${itemId.replace(/\./g, '\\.')}$`));
  }

  statusOption(label: StatusLabel): Locator {
    return this.status.getByRole('radio', { name: label, exact: true });
  }

  /** A clause's row in the tree, e.g. "8.3.3": its name carries the progress, "3/12 assessed". */
  clause(number: string): Locator {
    return this.tree.getByRole('treeitem', { name: new RegExp(`^${number.replace(/\./g, '\\.')} `) });
  }

  treeItem(itemId: string): Locator {
    return this.tree.getByRole('treeitem', { name: new RegExp(`^${itemId.replace(/\./g, '\\.')}`) });
  }

  async chooseAgreement(search: string, name: string | RegExp): Promise<void> {
    await this.agreementPicker.fill(search);
    await this.page.getByRole('option', { name }).click();
  }
}
