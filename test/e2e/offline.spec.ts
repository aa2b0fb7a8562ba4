import { expect, test } from './fixtures';
import { sectionLabels } from './pages/sections';

test('the app asks nothing of any host but its own loopback origin, and breaks no security policy', async ({
  workspace,
  page,
}) => {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });

  await page.goto(workspace.url);
  for (const label of sectionLabels) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: label, exact: true })
      .click();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(label);
  }
  await page.getByLabel('Consultant name').fill('Offline Check');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByLabel('Consultant name')).toHaveValue('Offline Check');

  expect(requests.length).toBeGreaterThan(0);
  // data: URLs (an inline icon) are decoded in place, never fetched.
  const network = requests.filter((url) => !url.startsWith('data:'));
  expect(network.filter((url) => new URL(url).origin !== workspace.origin)).toEqual([]);
  // The bundled font is used; nothing was fetched to replace it.
  expect(requests.some((url) => url.endsWith('.woff2'))).toBe(true);
  expect(problems).toEqual([]);
});
