import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '../fixtures';
import { ImportDialogPage } from '../pages/import-dialog-page';
import { sectionLabels } from '../pages/sections';
import { WorkspaceApi } from '../workspace-api';
import { seedRegisters } from '../seed-registers';

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
  // The app's first requests must have their answer before the session goes.
  await expect(page.getByLabel('Consultant name')).toBeVisible();
  await context.clearCookies();
  await page.getByLabel('Consultant name').fill('x');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
  await page.screenshot({ path: path.join(outDir, 'session-ended.png') });
});

test('registers: lists, records, forms and dialogs', async ({ page, shell, workspace }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const api = new WorkspaceApi(page.request, workspace.origin);
  const seeded = await seedRegisters(api);
  const main = page.getByRole('main');
  const shot = async (name: string) => {
    await page.mouse.move(1, 1);
    await page.screenshot({ path: path.join(outDir, `registers-${name}.png`) });
  };
  /** Scrolls the main area down one screen at a time, taking a picture of each. */
  const shotAll = async (name: string, screens = 3) => {
    await main.evaluate((element) => element.scrollTo(0, 0));
    await shot(name);
    for (let index = 2; index <= screens; index += 1) {
      const moved = await main.evaluate((element) => {
        const before = element.scrollTop;
        element.scrollBy(0, element.clientHeight - 120);
        return element.scrollTop !== before;
      });
      if (!moved) break;
      await shot(`${name}-${index}`);
    }
  };
  const open = async (hash: string, heading: string | RegExp) => {
    await page.evaluate((target) => (window.location.hash = target), hash);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.waitForTimeout(150);
  };

  await page.reload();
  await expect(shell.nav).toBeVisible();
  await shot('dashboard');

  for (const [hash, name] of [
    ['#/services', 'services'],
    ['#/customers', 'customers'],
    ['#/suppliers', 'suppliers'],
    ['#/agreements', 'agreements'],
    ['#/agreements/targets', 'targets'],
    ['#/agreements/reviews', 'reviews'],
  ] as const) {
    await open(hash, /^(Services|Customers|Suppliers|Agreements)$/);
    await expect(page.getByTestId('list-count')).not.toBeEmpty();
    await shot(`list-${name}`);
  }
  await page.getByRole('searchbox').fill('availab');
  await expect(page.getByTestId('list-count')).toHaveText(/of/);
  await shot('list-reviews-search');

  await open(`#/services/${seeded.hosting.id}`, 'Managed hosting');
  await shotAll('detail-service');
  await open(`#/customers/${seeded.northgate.id}`, 'Northgate Logistics plc');
  await shotAll('detail-customer');
  await open(`#/suppliers/${seeded.colo.id}`, 'Northwind Data Centres Ltd');
  await shotAll('detail-supplier');
  await open(`#/agreements/${seeded.sla.id}`, 'Northgate managed hosting SLA');
  await shotAll('detail-agreement');
  await open(`#/agreements/targets/${seeded.availability.id}`, 'Hosting availability');
  await expect(page.locator('.recharts-surface')).toBeVisible();
  await shotAll('detail-target');

  await open(`#/suppliers/${seeded.colo.id}`, 'Northwind Data Centres Ltd');
  await page.getByRole('button', { name: /^Delete/ }).click();
  await shot('dialog-delete-confirm');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete supplier' }).click();
  await expect(page.getByRole('dialog')).toContainText('still in use');
  await shot('dialog-delete-referenced');
  await page.keyboard.press('Escape');

  await open('#/suppliers/new', 'New supplier');
  await shotAll('form-supplier-new');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByRole('button', { name: 'Add RACI row' }).click();
  await page.getByRole('button', { name: 'Add supplier' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await shotAll('form-supplier-invalid');

  await open(`#/suppliers/${seeded.colo.id}/edit`, 'Edit Northwind Data Centres Ltd');
  await shotAll('form-supplier-edit', 4);
  await open(`#/services/${seeded.hosting.id}/edit`, 'Edit Managed hosting');
  await shotAll('form-service-edit', 4);
  await open(`#/agreements/${seeded.sla.id}/edit`, 'Edit Northgate managed hosting SLA');
  await shotAll('form-agreement-edit');
  await open(`#/agreements/targets/new?agreementId=${seeded.sla.id}`, 'New target');
  await shot('form-target-new');
  await open(`#/agreements/reviews/new?subject=supplier&supplierId=${seeded.colo.id}`, 'New review');
  await page.getByRole('combobox', { name: 'Supplier reviewed' }).focus();
  await shot('form-review-new');
  await open(`#/customers/${seeded.northgate.id}/edit`, 'Edit Northgate Logistics plc');
  await shotAll('form-customer-edit', 4);

  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await open('#/agreements', 'Agreements');
  await shot('dark-list-agreements');
  await open(`#/agreements/targets/${seeded.availability.id}`, 'Hosting availability');
  await expect(page.locator('.recharts-surface')).toBeVisible();
  await shotAll('dark-detail-target', 2);
  await open(`#/suppliers/${seeded.colo.id}/edit`, 'Edit Northwind Data Centres Ltd');
  await shot('dark-form-supplier');
});

test('registers: import and export', async ({ page, shell }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const dialog = new ImportDialogPage(page);
  const shot = async (name: string) => {
    await page.mouse.move(1, 1);
    await page.screenshot({ path: path.join(outDir, `import-${name}.png`) });
  };
  const customers =
    'Customer;Type;Account manager;Notes;Region\r\n' +
    'Brightwater Borough Council;External;Sam Lee;"Waste services, parking; libraries";North\r\n' +
    'Kestrel Foods Ltd;External;Ann Moss;;South\r\n' +
    'CUS-001;Calderbrook Building Society;External;Daniel Okafor;;North\r\n';

  await shell.goTo('Agreements');
  await page.getByRole('link', { name: 'Targets' }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  await shot('export-menu-targets');
  await page.keyboard.press('Escape');

  await dialog.open();
  await shot('dialog-choose-targets');
  await page.keyboard.press('Escape');

  await shell.goTo('Customers');
  await dialog.open();
  await shot('dialog-choose');
  await dialog.chooseContent('new-customers.csv', customers.split('\r\n').slice(0, 3).join('\r\n'));
  await expect(dialog.columns).toBeVisible();
  await shot('dialog-mapping');
  await dialog.chooseContent('new-customers.csv', customers);
  await dialog.mapping('Customer').selectOption('code');
  await expect(dialog.problems).toBeVisible();
  await shot('dialog-mapping-problems');
  await dialog.chooseContent(
    'customers.csv',
    'Name,Kind\nBrightwater Borough Council,External\nKestrel Foods Ltd,Sideways\nHollin Care,\n',
  );
  await expect(dialog.problems).toBeVisible();
  await dialog.check.click();
  await expect(dialog.status).toContainText('The check found');
  await shot('dialog-problems');
  await dialog.chooseContent('new-customers.csv', customers.split('\r\n').slice(0, 3).join('\r\n'));
  await dialog.check.click();
  await expect(dialog.status).toContainText('Checked every row');
  await shot('dialog-checked');
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await shot('dark-dialog-checked');
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await dialog.importButton.click();
  await expect(dialog.close).toBeVisible();
  await shot('dialog-done');
});
