import { expect, test } from './fixtures';
import { sectionLabels, shortcutDigit } from './pages/sections';

test.describe('navigation', () => {
  test('every section opens from the main navigation by mouse, with its heading and title', async ({
    shell,
    page,
  }) => {
    await expect(shell.nav.getByRole('link')).toHaveText(
      sectionLabels.map((label) => new RegExp(`^${label}`)),
    );
    for (const label of sectionLabels) {
      await shell.goTo(label);
      // A section may add its own place, e.g. the checklist's item: #/checklist/4.1-01.
      await expect(page).toHaveURL(new RegExp(`#/${label.toLowerCase()}(/[^/]+)?$`));
      await expect(page).toHaveTitle(new RegExp(`^${label} · .+ — Clausebook$`));
    }
  });

  test('every section opens by Tab and Enter, and focus lands on its heading', async ({ shell, page }) => {
    await page.keyboard.press('Tab');
    await expect(shell.skipLink).toBeFocused();
    for (const label of [...sectionLabels.slice(1), sectionLabels[0]]) {
      await shell.tabTo(shell.navLink(label));
      await page.keyboard.press('Enter');
      await shell.expectScreen(label);
      await expect(shell.heading).toBeFocused();
    }
  });

  test('Alt+digit shortcuts switch sections', async ({ shell, page }) => {
    for (const label of [...sectionLabels].reverse()) {
      await page.keyboard.press(`Alt+${shortcutDigit(label)}`);
      await shell.expectScreen(label);
      await expect(shell.heading).toBeFocused();
    }
  });

  test('the shortcuts also work while typing in a form field', async ({ settings, shell, page }) => {
    await settings.consultantName.focus();
    await page.keyboard.press('Alt+1');
    await shell.expectScreen('Dashboard');
  });

  test('the skip link moves focus past the navigation to the main content', async ({ shell, page }) => {
    await page.keyboard.press('Tab');
    await expect(shell.skipLink).toBeFocused();
    await expect(shell.skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(shell.main).toBeFocused();
    // The route is untouched: following the link did not replace the hash.
    await shell.expectScreen('Dashboard');
  });

  test('a reload stays on the same section', async ({ shell, page }) => {
    await shell.goTo('Suppliers');
    await page.reload();
    await shell.expectScreen('Suppliers');
  });
});
