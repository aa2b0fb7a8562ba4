import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '../fixtures';
import { sectionLabels } from '../pages/sections';

const outDir = process.env.CLAUSEBOOK_SHOTS ?? '/tmp/shots';

test.beforeAll(async () => {
  await mkdir(outDir, { recursive: true });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen, ${colorScheme}`, async ({ page, shell, settings }) => {
    // Reduced motion switches transitions off, so no picture catches one halfway.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const shot = (name: string) => page.screenshot({ path: path.join(outDir, `${colorScheme}-${name}.png`) });

    for (const label of sectionLabels) {
      await shell.goTo(label);
      // Leave focus where a mouse user would: the heading focus ring is not part of the look.
      await page.mouse.click(1, 1);
      await shot(label.toLowerCase());
    }

    await settings.fill({ clientOrganisation: '', consultantName: 'Jonas Becker' });
    await settings.save.click();
    await expect(settings.clientOrganisation).toHaveAttribute('aria-invalid', 'true');
    await shot('settings-invalid');

    await settings.reset.click();
    await settings.fill({ consultantName: 'Jonas Becker' });
    await settings.save.click();
    await expect(settings.status).toHaveText('Saved');
    await shot('settings-saved');

    // A fresh load, so Tab starts from the top of the document.
    await page.keyboard.press('Alt+1');
    await page.reload();
    await expect(shell.nav).toBeVisible();
    await page.keyboard.press('Tab');
    await shot('skip-link');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await shot('nav-focus');
  });
}

test('standalone screens', async ({ page, context, workspace }) => {
  // Only for the picture: pretend no workspace is open, as the Electron window is before File → Open.
  await page.route('**/api/workspace.current', (route) => route.fulfill({ json: { ok: true, value: null } }));
  await page.route('**/api/app.about', (route) =>
    route.fulfill({
      json: { ok: true, value: { name: 'Clausebook', version: '0.1.0', schemaVersion: 1, transport: 'ipc' } },
    }),
  );
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(workspace.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Clausebook' })).toBeVisible();
  await page.screenshot({ path: path.join(outDir, 'welcome.png') });
  await page.unrouteAll({ behavior: 'wait' });

  await page.route('**/api/workspace.current', async (route) => {
    const response = await route.fetch();
    const envelope = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
    await route.fulfill({ response, json: { ...envelope, value: { ...envelope.value, counts: null } } });
  });
  await page.goto(workspace.url);
  await expect(page.getByRole('heading', { name: 'This screen could not be shown' })).toBeVisible();
  await page.screenshot({ path: path.join(outDir, 'screen-error.png') });
  await page.unrouteAll({ behavior: 'wait' });

  await page.goto(workspace.url + '#/settings');
  await context.clearCookies();
  await page.getByLabel('Consultant name').fill('x');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
  await page.screenshot({ path: path.join(outDir, 'session-ended.png') });
});
