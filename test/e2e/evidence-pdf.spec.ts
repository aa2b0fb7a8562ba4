import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { EvidencePage } from './pages/evidence-page';
import { damagedPdf, evidencePdf } from './pdf-fixtures';

/** Every request the page makes, and every error it logs (a CSP refusal is logged as one). */
function watch(page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { requests, errors };
}

const pdfCode = /\/assets\/(pdf-document|pdf\.worker)[^/]*$/;

test.describe('evidence: PDF preview', () => {
  test('a PDF is drawn page by page with pdf.js, loaded only when needed, from the app itself', async ({
    shell,
    page,
    workspace,
  }) => {
    const seen = watch(page);
    await shell.goTo('Evidence');
    const evidence = new EvidencePage(page);
    await evidence.add([
      {
        name: 'service-review.pdf',
        mimeType: 'application/pdf',
        buffer: await evidencePdf('Service review', 2),
      },
    ]);
    await expect(evidence.outcomes).toContainText('Added as');
    // Nothing of pdf.js is loaded before a PDF is shown.
    expect(seen.requests.filter((url) => pdfCode.test(new URL(url).pathname))).toEqual([]);

    await evidence.open('service-review.pdf');
    await expect(evidence.pdfPageNumber).toHaveText('Page 1 of 2');
    await expect(evidence.pdfPage).toHaveAccessibleName('Page 1 of 2 of service-review.pdf');
    await expect(evidence.pdfFrame).toHaveAttribute('aria-busy', 'false');
    const first = await evidence.pdfInk();
    expect(first.width).toBeGreaterThan(300);
    expect(first.height).toBeGreaterThan(first.width);
    // The heading, the blue box and the text: far from a blank page.
    expect(first.inked).toBeGreaterThan(first.width * first.height * 0.02);
    expect(first.blue).toBeGreaterThan(first.width * first.height * 0.01);
    await expect(evidence.previousPage).toBeDisabled();

    await evidence.nextPage.click();
    await expect(evidence.pdfPageNumber).toHaveText('Page 2 of 2');
    await expect(evidence.pdfPage).toHaveAccessibleName('Page 2 of 2 of service-review.pdf');
    await expect(evidence.pdfFrame).toHaveAttribute('aria-busy', 'false');
    // Page 2 has a green box where page 1 has a blue one.
    const second = await evidence.pdfInk();
    expect(second.inked).toBeGreaterThan(second.width * second.height * 0.02);
    expect(second.blue).toBeLessThan(first.blue / 10);
    await expect(evidence.nextPage).toBeDisabled();
    await evidence.previousPage.click();
    await expect(evidence.pdfPageNumber).toHaveText('Page 1 of 2');

    // pdf.js ran in a real worker, from a file of our own origin; nothing went anywhere else.
    expect(page.workers().some((worker) => /\/assets\/pdf\.worker[^/]*\.mjs$/.test(worker.url()))).toBe(true);
    expect(seen.requests.filter((url) => pdfCode.test(new URL(url).pathname)).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(seen.requests.filter((url) => !url.startsWith(workspace.origin))).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await seriousViolations(page), 'evidence detail with a PDF').toEqual([]);
  });

  test("a PDF whose fonts are not embedded is drawn with the system's fonts, fetching nothing", async ({
    shell,
    page,
    api,
    workspace,
  }) => {
    const seen = watch(page);
    // The sample's PDFs use Helvetica without embedding it, as many generated reports do.
    const samplePdf = (await api.call('evidence.list', {})).find(
      (file) => file.mediaType === 'application/pdf',
    );
    expect(samplePdf, 'the sample workspace holds a PDF').toBeDefined();
    await shell.goTo('Evidence');
    const evidence = new EvidencePage(page);
    await evidence.open(samplePdf!.fileName);
    await expect(evidence.pdfPageNumber).toHaveText(/^Page 1 of \d+$/);
    await expect(evidence.pdfFrame).toHaveAttribute('aria-busy', 'false');
    const ink = await evidence.pdfInk();
    // Lines of text only, but visibly there.
    expect(ink.inked).toBeGreaterThan(2_000);
    expect(seen.requests.filter((url) => !url.startsWith(workspace.origin))).toEqual([]);
    expect(seen.requests.filter((url) => /standard_fonts|cmaps|\.wasm|\.pfb|\.ttf/.test(url))).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  test('a damaged PDF is explained instead of drawn', async ({ shell, page }) => {
    await shell.goTo('Evidence');
    const evidence = new EvidencePage(page);
    await evidence.add([
      { name: 'truncated-contract.pdf', mimeType: 'application/pdf', buffer: damagedPdf() },
    ]);
    await expect(evidence.outcomes).toContainText('Added as');
    await evidence.open('truncated-contract.pdf');
    await expect(evidence.preview.getByRole('alert')).toContainText(
      'This PDF could not be read: the file is damaged or incomplete.',
    );
    await expect(evidence.pdfPage).toHaveCount(0);
    // The file itself is still there to download.
    await expect(
      evidence.preview.getByRole('button', { name: 'Download truncated-contract.pdf' }),
    ).toBeVisible();
    expect(await seriousViolations(page), 'evidence detail with a damaged PDF').toEqual([]);
  });
});
