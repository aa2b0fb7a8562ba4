import { expect, test } from './fixtures';

test('a screen that fails to render explains itself and offers a reload, and the rest of the app still works', async ({
  workspace,
  page,
}) => {
  // Provoke a rendering failure: pass the real answer through, with one field broken as no valid answer could be.
  await page.route('**/api/workspace.current', async (route) => {
    const response = await route.fetch();
    const envelope = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
    await route.fulfill({ response, json: { ...envelope, value: { ...envelope.value, counts: null } } });
  });
  await page.goto(workspace.url);

  const problem = page.getByRole('alert');
  await expect(problem.getByRole('heading', { name: 'This screen could not be shown' })).toBeVisible();
  await expect(problem).toContainText('Your workspace is not affected');
  await expect(problem).toContainText(/null/); // the error's own message, whatever the engine words it as
  await expect(problem.getByRole('button', { name: 'Reload' })).toBeVisible();

  // Only the screen failed: the navigation and the other screens work.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checklist' }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Checklist');

  await page.unrouteAll({ behavior: 'wait' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(problem).toBeVisible();
  await problem.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(page.getByRole('region', { name: 'Workspace' })).toBeVisible();
});
