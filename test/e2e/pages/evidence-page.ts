import { expect, type Locator, type Page } from '@playwright/test';

/** Pixels of a canvas that are not (near) white, and the share of them that is mostly blue. */
export interface CanvasInk {
  width: number;
  height: number;
  inked: number;
  blue: number;
}

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
  /** The page of a PDF drawn by the preview; its name says which page of how many. */
  readonly pdfPage: Locator;
  readonly pdfPageNumber: Locator;
  /** The scrollable frame around the page; aria-busy while a page is being drawn. */
  readonly pdfFrame: Locator;
  readonly previousPage: Locator;
  readonly nextPage: Locator;

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
    this.pdfPage = this.preview.getByRole('img', { name: /^Page \d+ of \d+ of / });
    this.pdfPageNumber = this.preview.getByTestId('pdf-page-number');
    this.pdfFrame = this.preview.getByRole('group', { name: /scrollable page view$/ });
    this.previousPage = this.preview.getByRole('button', { name: 'Previous page' });
    this.nextPage = this.preview.getByRole('button', { name: 'Next page' });
  }

  /** Waits until the page asked for is drawn, then reads it back from its canvas. */
  async pdfInk(): Promise<CanvasInk> {
    await expect(this.pdfFrame).toHaveAttribute('aria-busy', 'false');
    return this.pdfPage.evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context) throw new Error('The PDF canvas has no 2D context.');
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      let blue = 0;
      for (let at = 0; at < data.length; at += 4) {
        const [r, g, b, alpha] = [data[at]!, data[at + 1]!, data[at + 2]!, data[at + 3]!];
        // Never drawn (transparent) or paper white: no ink.
        if (alpha === 0 || (r > 240 && g > 240 && b > 240)) continue;
        inked += 1;
        if (b > 150 && r < 120) blue += 1;
      }
      return { width: canvas.width, height: canvas.height, inked, blue };
    });
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
