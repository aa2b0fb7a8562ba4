import type { Locator, Page } from '@playwright/test';

/** The evidence library list and one file's detail screen. */
export class EvidencePage {
  readonly fileInput: Locator;
  readonly addFiles: Locator;
  readonly table: Locator;
  readonly outcomes: Locator;
  readonly search: Locator;
  readonly preview: Locator;
  readonly itemSelect: Locator;
  readonly linkItem: Locator;
  readonly linkedItems: Locator;
  readonly sha256: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.getByLabel('Evidence files to add');
    this.addFiles = page.getByRole('button', { name: 'Add files…' });
    this.table = page.getByRole('table', { name: 'Evidence files' });
    this.outcomes = page.getByRole('list', { name: 'Files added' });
    this.search = page.getByRole('searchbox', { name: 'Search evidence' });
    this.preview = page.getByTestId('evidence-preview');
    this.itemSelect = page.getByLabel('Requirement item');
    this.linkItem = page.getByRole('button', { name: 'Link item' });
    this.linkedItems = page.getByRole('list', { name: 'Linked requirement items' });
    this.sha256 = page.getByTestId('sha256');
  }

  async add(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.fileInput.setInputFiles(files);
  }

  row(fileName: string): Locator {
    return this.table.getByRole('row').filter({ hasText: fileName });
  }

  async open(fileName: string): Promise<void> {
    await this.row(fileName).getByRole('link').click();
    await this.page.getByRole('heading', { level: 1, name: fileName }).waitFor();
  }
}
