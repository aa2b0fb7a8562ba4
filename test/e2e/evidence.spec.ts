import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { EvidencePage } from './pages/evidence-page';

// A 2×2 PNG, and a short text with more lines than fit on one screen.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);
const text = Buffer.from(
  Array.from({ length: 12 }, (_, index) => `Change CHG-${1000 + index}: approved by the CAB`).join('\n'),
);

test.describe('evidence library', () => {
  test('files are added, listed with their size, previewed, deduplicated and linked to an item', async ({
    shell,
    page,
  }) => {
    await shell.goTo('Evidence');
    const evidence = new EvidencePage(page);
    await evidence.add([
      { name: 'network-diagram.png', mimeType: 'image/png', buffer: png },
      { name: 'change-log.txt', mimeType: 'text/plain', buffer: text },
    ]);
    await expect(evidence.outcomes.getByRole('listitem')).toHaveCount(2);
    await expect(evidence.outcomes).toContainText('Added as');
    await expect(evidence.row('network-diagram.png')).toContainText(`${png.length} bytes`);
    await expect(evidence.row('change-log.txt')).toContainText('Text');
    expect(await seriousViolations(page), 'evidence list').toEqual([]);

    // The same bytes under another name: kept, but reported as the same content.
    await evidence.add([{ name: 'diagram-copy.png', mimeType: 'image/png', buffer: png }]);
    await expect(evidence.outcomes).toContainText(/Same content as EVD-\d+ \(network-diagram\.png\)/);
    await expect(evidence.outcomes.getByText('Duplicate')).toBeVisible();

    await evidence.open('change-log.txt');
    await expect(evidence.preview.getByLabel('First lines of change-log.txt')).toContainText(
      'Change CHG-1011: approved by the CAB',
    );
    await page.getByRole('link', { name: 'Evidence', exact: true }).first().click();

    await evidence.open('network-diagram.png');
    const image = evidence.preview.getByRole('img', { name: 'Preview of network-diagram.png' });
    await expect(image).toBeVisible();
    expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(2);
    await expect(evidence.sha256).toHaveText(/^[0-9a-f]{64}$/);

    await expect(evidence.itemSelect).toBeEnabled();
    const option = evidence.itemSelect.locator('option').nth(1);
    const itemId = ((await option.getAttribute('value')) ?? '').trim();
    await evidence.itemSelect.selectOption(itemId);
    await evidence.linkItem.click();
    await expect(evidence.linkedItems).toContainText(itemId);
    expect(await seriousViolations(page), 'evidence detail').toEqual([]);

    await page.reload();
    await expect(evidence.linkedItems).toContainText(itemId);
    await page.getByRole('link', { name: 'Evidence', exact: true }).first().click();
    await expect(evidence.row('network-diagram.png')).toContainText('1 item');
  });

  test('the description and effective date are saved', async ({ shell, page }) => {
    await shell.goTo('Evidence');
    const evidence = new EvidencePage(page);
    await evidence.add([
      { name: 'policy.txt', mimeType: 'text/plain', buffer: Buffer.from('SMS policy v3') },
    ]);
    await evidence.open('policy.txt');
    await page.getByLabel('Description').fill('Signed service management policy');
    await page.getByLabel('Effective date').fill('2026-02-01');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Description')).toHaveValue('Signed service management policy');
    await expect(page.getByLabel('Effective date')).toHaveValue('2026-02-01');
  });

  test('an empty file is refused with a clear message', async ({ shell, page }) => {
    await shell.goTo('Evidence');
    const evidence = new EvidencePage(page);
    await evidence.add([{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }]);
    await expect(evidence.outcomes).toContainText('"empty.txt" is empty (0 bytes)');
    await expect(evidence.outcomes.getByText('Not added')).toBeVisible();
  });

  test('a file is deleted after confirmation', async ({ shell, page }) => {
    await shell.goTo('Evidence');
    const evidence = new EvidencePage(page);
    await evidence.add([{ name: 'old-minutes.txt', mimeType: 'text/plain', buffer: Buffer.from('minutes') }]);
    await evidence.open('old-minutes.txt');
    await page.getByRole('button', { name: 'Delete old-minutes.txt' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('old-minutes.txt');
    await dialog.getByRole('button', { name: 'Delete evidence' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Evidence EVD-\d+ deleted/ })).toBeVisible();
    await expect(page.getByText('old-minutes.txt')).toHaveCount(0);
  });
});
