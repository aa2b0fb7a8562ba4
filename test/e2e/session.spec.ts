import { expect, test } from './fixtures';

test.describe('session', () => {
  test('the host refuses the app without the session token', async ({ workspace, browser }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const response = await page.goto(`${workspace.origin}/`);
      expect(response?.status()).toBe(401);
      await expect(
        page.getByText('This link is not valid for the running Clausebook session.'),
      ).toBeVisible();
      await expect(page.getByText(/Open the address printed by clausebook serve again/)).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('a wrong token is refused like a missing one', async ({ workspace, browser }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const response = await page.goto(`${workspace.origin}/?token=not-the-token`);
      expect(response?.status()).toBe(401);
    } finally {
      await context.close();
    }
  });

  test('the app says so when the host stops accepting its session', async ({ settings, page, context }) => {
    await context.clearCookies();
    await settings.fill({ consultantName: 'After the session' });
    await settings.save.click();
    await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(
      'This Clausebook session has ended or the link is not valid — open the address printed by clausebook serve again.',
    );
    await expect(page).toHaveTitle('Session ended — Clausebook');
  });
});
