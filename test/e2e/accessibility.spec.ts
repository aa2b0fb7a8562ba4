import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { RecordPage } from './pages/record-page';
import { sectionLabels } from './pages/sections';
import { seedRegisters } from './seed-registers';

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no screen has serious or critical axe violations in the ${colorScheme} theme`, async ({
      shell,
      page,
    }) => {
      // Ten screens, each scanned in full (one to two seconds apiece).
      test.setTimeout(60_000);
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

  test('register lists, records, forms and the delete dialog have no serious or critical axe violations', async ({
    shell,
    page,
    api,
  }) => {
    test.setTimeout(60_000);
    const seeded = await seedRegisters(api);
    const origin = new URL(page.url()).origin;
    const record = new RecordPage(page);
    const visit = async (hash: string) => {
      await page.goto(`${origin}/${hash}`);
      await expect(shell.heading).not.toHaveText(/^Loading/);
      await page.waitForLoadState('networkidle');
    };
    const pages = [
      '#/agreements/targets',
      `#/services/${seeded.hosting.id}`,
      `#/customers/${seeded.northgate.id}`,
      `#/suppliers/${seeded.colo.id}`,
      `#/agreements/${seeded.sla.id}`,
      `#/agreements/targets/${seeded.availability.id}`,
      `#/suppliers/${seeded.colo.id}/edit`,
    ];
    // Every page in the light theme; in the dark one, those with the most colour: chips, chart, form.
    for (const [colorScheme, hashes] of [
      ['light', pages],
      ['dark', pages.slice(-2)],
    ] as const) {
      await page.emulateMedia({ colorScheme });
      for (const hash of hashes) {
        await visit(hash);
        expect(await seriousViolations(page), `${hash} (${colorScheme})`).toEqual([]);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await visit('#/suppliers/new');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('button', { name: 'Add supplier' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('button', { name: 'Add supplier' })).toBeEnabled();
    expect(await seriousViolations(page), 'supplier form with errors').toEqual([]);

    await visit(`#/suppliers/${seeded.colo.id}`);
    await record.deleteRecord('supplier');
    await expect(record.dialog).toContainText('still in use');
    expect(await seriousViolations(page), 'delete dialog').toEqual([]);
  });

  test('the delete dialog keeps focus inside while open and gives it back when closed', async ({
    shell,
    page,
    api,
  }) => {
    const supplier = await api.call('suppliers.create', {
      name: 'Focus Trap Ltd',
      kind: 'external',
      riskRating: 'low',
    });
    await page.goto(`${new URL(page.url()).origin}/#/suppliers/${supplier.id}`);
    const record = new RecordPage(page);
    await expect(record.heading).toHaveText('Focus Trap Ltd');
    await record.delete.click();
    await expect(record.dialog).toBeVisible();
    await expect(record.dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    for (let presses = 0; presses < 6; presses += 1) {
      await page.keyboard.press('Tab');
      expect(await record.dialog.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(record.dialog).toHaveCount(0);
    await expect(record.delete).toBeFocused();
    await expect(shell.heading).toHaveText('Focus Trap Ltd');
  });
});
