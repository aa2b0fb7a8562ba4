import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sectionLabels } from './pages/sections';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no screen has serious or critical axe violations in the ${colorScheme} theme`, async ({
      shell,
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      for (const label of sectionLabels) {
        await shell.goTo(label);
        expect(await seriousViolations(page), `${label} screen`).toEqual([]);
      }
    });
  }

  test('the settings form with validation errors has no serious or critical axe violations', async ({
    settings,
    page,
  }) => {
    await settings.fill({ clientOrganisation: '' });
    await settings.save.click();
    await expect(settings.clientOrganisation).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
