import { expect, type Locator, type Page } from '@playwright/test';

export interface IdentityDetails {
  name: string;
  organisation: string;
  email: string;
  passphrase: string;
  /** The passphrase typed a second time; the passphrase itself when left out. */
  repeat?: string;
}

/** The Packs section: signing identities, the export form and its progress, the history, and Verify. */
export class PacksPage {
  readonly exportTab: Locator;
  readonly verifyTab: Locator;

  readonly identities: Locator;
  readonly noIdentity: Locator;
  readonly createIdentityButton: Locator;
  readonly importIdentityButton: Locator;
  readonly dialog: Locator;

  readonly passphrase: Locator;
  readonly noClauses: Locator;
  readonly signAndExport: Locator;
  readonly progress: Locator;
  readonly announcement: Locator;
  readonly result: Locator;
  readonly history: Locator;
  readonly historyRows: Locator;
  readonly noHistory: Locator;

  readonly packInput: Locator;
  readonly dropZone: Locator;
  readonly verdict: Locator;
  readonly checks: Locator;
  readonly evidenceFiles: Locator;
  readonly signerFingerprint: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    const tabs = main.getByRole('navigation', { name: 'Packs' });
    this.exportTab = tabs.getByRole('link', { name: 'Export' });
    this.verifyTab = tabs.getByRole('link', { name: 'Verify a pack' });

    this.identities = main.getByRole('list', { name: 'Signing identities' });
    this.noIdentity = main.getByText('No signing identity yet', { exact: true });
    this.createIdentityButton = main.getByRole('button', { name: 'Create identity' });
    this.importIdentityButton = main.getByRole('button', { name: 'Import .p12/.pfx…' });
    this.dialog = page.getByRole('dialog');

    this.passphrase = main.getByLabel('Passphrase of the signing identity');
    this.noClauses = main.getByRole('button', { name: 'None', exact: true });
    this.signAndExport = main.getByRole('button', { name: 'Sign and export' });
    this.progress = main.getByRole('progressbar', { name: 'Pack export' });
    this.announcement = main.getByTestId('export-announcement');
    this.result = main.getByRole('region', { name: 'Pack signed and written' });
    this.history = main.getByRole('table', { name: 'Export history' });
    this.historyRows = this.history.locator('tbody tr');
    this.noHistory = main.getByText('No pack has been exported from this workspace yet.');

    this.packInput = main.getByLabel('Evidence pack to verify');
    this.dropZone = main.getByTestId('verify-drop-zone');
    this.verdict = main.getByTestId('verdict');
    this.checks = main.getByRole('list', { name: 'Checks' });
    this.evidenceFiles = main.getByRole('table', { name: 'Evidence files in the pack' });
    this.signerFingerprint = main.getByTestId('signer-fingerprint');
  }

  identity(name: string): Locator {
    return this.identities.getByRole('listitem', { name });
  }

  clause(number: string): Locator {
    return this.page.getByRole('main').getByRole('checkbox', { name: new RegExp(`^${number} [A-Z]`) });
  }

  dialogField(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  /** Opens the create dialog, fills it in and submits it; the dialog stays open when something is refused. */
  async createIdentity(details: IdentityDetails): Promise<void> {
    await this.createIdentityButton.click();
    await expect(this.dialog).toBeVisible();
    await this.dialogField('Your name').fill(details.name);
    await this.dialogField('Organisation').fill(details.organisation);
    await this.dialogField('Email address').fill(details.email);
    await this.dialogField('Passphrase').fill(details.passphrase);
    await this.dialogField('Repeat the passphrase').fill(details.repeat ?? details.passphrase);
    await this.dialog.getByRole('button', { name: 'Create identity' }).click();
  }

  /** Opens the import dialog, chooses the file, types the passphrase and submits. */
  async importIdentity(file: string, passphrase: string): Promise<void> {
    await this.importIdentityButton.click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByLabel('Signing identity file to import').setInputFiles(file);
    await this.dialogField('Passphrase of the file').fill(passphrase);
    await this.dialog.getByRole('button', { name: 'Import identity' }).click();
  }

  /** Starts noting every value the export's progress bar shows (across screens: the page is not reloaded). */
  async recordProgress(): Promise<void> {
    await this.page.evaluate(() => {
      const shown: string[] = [];
      (window as unknown as { packProgress: string[] }).packProgress = shown;
      new MutationObserver(() => {
        const text = document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext');
        if (text && text !== shown.at(-1)) shown.push(text);
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-valuetext'],
      });
    });
  }

  /** The values noted since recordProgress, in order ("45%: Laying out the pages"). */
  recordedProgress(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { packProgress: string[] }).packProgress);
  }

  /** Ticks exactly these clauses. */
  async chooseClauses(numbers: readonly string[]): Promise<void> {
    await this.noClauses.click();
    for (const number of numbers) await this.clause(number).check();
  }

  checkItem(title: string): Locator {
    return this.checks.getByRole('listitem').filter({ hasText: title });
  }

  /** Fingerprint "AB:CD:…" as the app shows it: eight pairs a line, separated by spaces. */
  static shownFingerprint(fingerprint: string): RegExp {
    const pairs = fingerprint.split(':');
    const lines = [0, 8, 16, 24].map((at) => pairs.slice(at, at + 8).join(' '));
    return new RegExp(`^\\s*${lines.join('\\s+')}\\s*$`);
  }
}
