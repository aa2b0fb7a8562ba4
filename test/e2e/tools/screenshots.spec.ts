import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { MethodOutput } from '../../../src-main/api/contract';
import { expect, test } from '../fixtures';
import { ImportDialogPage } from '../pages/import-dialog-page';
import { ChecklistPage } from '../pages/checklist-page';
import { EvidencePage } from '../pages/evidence-page';
import { damagedPdf, evidencePdf } from '../pdf-fixtures';
import { sectionLabels } from '../pages/sections';
import { WorkspaceApi } from '../workspace-api';
import { seedRegisters } from '../seed-registers';
import { makeFullPack, tamperedInTheMiddle } from '../pack-files';
import { PacksPage } from '../pages/packs-page';
import { BackupsPage } from '../pages/backups-page';

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

test('evidence and findings', async ({ page, shell, workspace }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const api = new WorkspaceApi(page.request, workspace.origin);
  const seeded = await seedRegisters(api);
  const shot = async (name: string) => {
    await page.mouse.move(1, 1);
    await page.screenshot({ path: path.join(outDir, `audit-${name}.png`) });
  };
  const open = async (hash: string, heading: string | RegExp) => {
    await page.evaluate((target) => (window.location.hash = target), hash);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.waitForTimeout(200);
  };
  // A small diagram drawn in the page, so the image preview shows something real.
  const diagram = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 260;
    const context = canvas.getContext('2d');
    if (!context) return '';
    context.fillStyle = '#f4f6fb';
    context.fillRect(0, 0, 480, 260);
    context.fillStyle = '#3b55d9';
    for (const [x, y] of [
      [40, 40],
      [190, 40],
      [340, 40],
      [190, 170],
    ] as const)
      context.fillRect(x, y, 100, 50);
    context.strokeStyle = '#18181b';
    context.beginPath();
    context.moveTo(140, 65);
    context.lineTo(190, 65);
    context.moveTo(290, 65);
    context.lineTo(340, 65);
    context.moveTo(240, 90);
    context.lineTo(240, 170);
    context.stroke();
    return canvas.toDataURL('image/png').split(',')[1] ?? '';
  });
  const text = Array.from(
    { length: 40 },
    (_, index) => `2026-0${1 + (index % 9)}-1${index % 10} CHG-${1200 + index} approved by CAB; risk low`,
  ).join('\n');
  const image = await api.call('evidence.add', {
    fileName: 'hosting-network-diagram.png',
    mediaType: 'image/png',
    content: diagram,
    description: 'Network diagram of the managed hosting platform, as reviewed in March.',
    effectiveDate: '2026-03-02',
    links: [{ kind: 'record', register: 'services', id: seeded.hosting.id }],
  });
  await api.call('evidence.add', {
    fileName: 'change-log-2026.txt',
    mediaType: 'text/plain',
    content: Buffer.from(text).toString('base64'),
    links: [],
  });
  await api.call('findings.create', {
    type: 'major_nc',
    title: 'No documented incident management procedure',
    description: 'Incidents are handled ad hoc; no procedure or priority scheme is documented.',
    raisedOn: '2026-03-04',
    correctiveAction: {
      description: 'Write and approve the incident procedure; train the service desk.',
      owner: 'Priya Shah',
      dueDate: '2026-05-31',
      status: 'in_progress',
    },
  });
  await api.call('findings.create', {
    type: 'observation',
    title: 'Supplier review minutes lack action owners',
    raisedOn: '2026-03-04',
    records: [{ register: 'suppliers', id: seeded.colo.id }],
  });
  await api.call('findings.create', {
    type: 'opportunity',
    title: 'Automate SLA reporting from the monitoring tool',
    raisedOn: '2026-03-05',
  });

  await page.reload();
  await expect(shell.nav).toBeVisible();
  await open('#/evidence', 'Evidence');
  await expect(page.getByRole('table', { name: 'Evidence files' })).toBeVisible();
  await shot('evidence-list');
  await page.getByLabel('Evidence files to add').setInputFiles([
    { name: 'diagram-copy.png', mimeType: 'image/png', buffer: Buffer.from(diagram, 'base64') },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  await expect(page.getByRole('list', { name: 'Files added' }).getByRole('listitem')).toHaveCount(2);
  await shot('evidence-added');
  await open(`#/evidence/${image.evidence.id}`, 'hosting-network-diagram.png');
  await expect(page.getByRole('img', { name: /Preview/ })).toBeVisible();
  await shot('evidence-detail-image');
  await open('#/evidence', 'Evidence');
  await page.getByRole('link', { name: /change-log-2026/ }).click();
  await expect(page.getByLabel(/First lines/)).toBeVisible();
  await shot('evidence-detail-text');

  await open('#/findings', 'Findings');
  await expect(page.getByRole('table', { name: 'Findings' })).toBeVisible();
  await shot('findings-list');
  await page.getByRole('link', { name: /No documented incident/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Edit/);
  await shot('finding-edit');
  await page.getByLabel('Status', { exact: true }).selectOption('closed');
  await page.getByRole('button', { name: 'Save finding' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await shot('finding-invalid');

  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await open('#/findings', 'Findings');
  await shot('dark-findings-list');
  await open(`#/evidence/${image.evidence.id}`, 'hosting-network-diagram.png');
  await shot('dark-evidence-detail');
});

test('checklist', async ({ page, shell, api }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const shot = async (name: string) => {
    await page.mouse.move(1, 1);
    await page.screenshot({ path: path.join(outDir, `checklist-${name}.png`) });
  };
  // A consultant part-way through: clause 4 and the start of 8 worked on.
  const worked = [
    ['4.1-01', 'conforming', 'Hannah Reid'],
    ['4.1-02', 'partially_conforming', 'Hannah Reid'],
    ['4.2-01', 'conforming', 'Tom Okoro'],
    ['4.2-02', 'nonconforming', 'Tom Okoro'],
    ['4.3-01', 'conforming', 'Hannah Reid'],
    ['8.3.3-01', 'partially_conforming', 'Priya Shah'],
  ] as const;
  for (const [itemId, status, owner] of worked) {
    await api.call('assessments.set', {
      itemId,
      values: {
        status,
        owner,
        clientNotes: 'Seen in the interview with the service owner; minutes of the last review on file.',
      },
    });
  }
  await shell.goTo('Checklist');
  await page.evaluate(() => (window.location.hash = '#/checklist/8.3.3-01'));
  await expect(page.getByRole('article').getByRole('heading', { level: 2 }).first()).toContainText(
    '8.3.3-01',
  );
  await expect(
    page
      .getByRole('region', { name: /Readiness checks/ })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
  await shot('item');
  await page
    .getByRole('main')
    .locator('.checklist__detail')
    .evaluate((element) => element.scrollBy(0, 600));
  await shot('item-2');

  await page.evaluate(() => (window.location.hash = '#/checklist/4.1-01'));
  await expect(page.getByRole('article').getByRole('heading', { level: 2 }).first()).toContainText('4.1-01');
  await shot('weak');

  await page.evaluate(() => (window.location.hash = '#/checklist/8.2.3-01'));
  await expect(page.getByRole('article').getByRole('heading', { level: 2 }).first()).toContainText(
    '8.2.3-01',
  );
  await page.getByRole('radio', { name: 'Operated by another party' }).check();
  await page.getByRole('combobox', { name: 'Controlling agreement' }).fill('OLA');
  await expect(page.getByRole('listbox', { name: 'Agreements' }).getByRole('option').first()).toBeVisible();
  await shot('operated');
  await page.keyboard.press('Escape');

  await page.getByRole('group', { name: 'Filter items' }).getByLabel('Status').selectOption('conforming');
  await expect(page.getByTestId('checklist-count')).toHaveText(/of/);
  await shot('filtered');

  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.getByRole('group', { name: 'Filter items' }).getByLabel('Status').selectOption('');
  await page.evaluate(() => (window.location.hash = '#/checklist/4.2-02'));
  await expect(page.getByRole('article').getByRole('heading', { level: 2 }).first()).toContainText('4.2-02');
  await shot('dark');
});

test('dashboard: light and dark, wide and narrow, tooltip, empty workspace', async ({ page, shell }) => {
  test.setTimeout(180_000);
  const main = page.getByRole('main');
  const chart = page.getByRole('region', { name: 'Readiness by clause' });
  const shot = (name: string) => page.screenshot({ path: path.join(outDir, `dashboard-${name}.png`) });
  /** The whole dashboard, one screen at a time. */
  const shotAll = async (name: string) => {
    await main.evaluate((element) => element.scrollTo(0, 0));
    await page.mouse.move(1, 1);
    await shot(name);
    for (let index = 2; index <= 5; index += 1) {
      const moved = await main.evaluate((element) => {
        const before = element.scrollTop;
        element.scrollBy(0, element.clientHeight - 120);
        return element.scrollTop !== before;
      });
      if (!moved) break;
      await shot(`${name}-${index}`);
    }
  };

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 820 });
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await shell.goTo('Dashboard');
      await expect(chart.getByRole('link').first()).toBeVisible();
      await shotAll(`${colorScheme}-${width}`);
    }
  }

  await page.setViewportSize({ width: 1280, height: 820 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await chart.getByRole('link').nth(4).scrollIntoViewIfNeeded();
  await chart.getByRole('link').nth(4).hover();
  await shot('tooltip-hover');
  await page.mouse.move(1, 1);
  // From the keyboard, so the focus ring and the numbers show as they do for a keyboard user.
  await chart.getByRole('link').nth(0).focus();
  await page.keyboard.press('Tab');
  await shot('tooltip-focus');

  // Only for the picture: the same screen as a brand-new workspace shows it.
  await page.route('**/api/workspace.current', async (route) => {
    const response = await route.fetch();
    const envelope = (await response.json()) as { ok: true; value: { counts: Record<string, number> } };
    const counts = Object.fromEntries(Object.keys(envelope.value.counts).map((key) => [key, 0]));
    await route.fulfill({ response, json: { ...envelope, value: { ...envelope.value, counts } } });
  });
  await page.route('**/api/dashboard.summary', async (route) => {
    const response = await route.fetch();
    const { value } = (await response.json()) as { value: MethodOutput<'dashboard.summary'> };
    const none = <T extends Record<string, number>>(counts: T) =>
      Object.fromEntries(Object.keys(counts).map((key) => [key, 0])) as T;
    const fresh = <E extends (typeof value.checklist)['overall']>(entry: E): E => ({
      ...entry,
      counts: { ...none(entry.counts), not_assessed: entry.total },
      weakEvidence: 0,
    });
    const empty: MethodOutput<'dashboard.summary'> = {
      ...value,
      audit: { plannedDate: null, daysUntil: null },
      checklist: {
        ...value.checklist,
        overall: fresh(value.checklist.overall),
        clauses: value.checklist.clauses.map(fresh),
      },
      findings: { total: 0, byType: none(value.findings.byType) },
      readiness: { ...value.readiness, total: 0, bySeverity: none(value.readiness.bySeverity), clauses: [] },
      reviews: { overdue: 0, dueWithin30: 0, dueWithin60: 0, notPlanned: 0, rows: [] },
      agreements: { ended: 0, endingWithin30: 0, endingWithin60: 0, rows: [] },
      targets: { total: 0, rows: [] },
    };
    await route.fulfill({ response, json: { ok: true, value: empty } });
  });
  await page.reload();
  await expect(chart.getByRole('link').first()).toBeVisible();
  await shotAll('empty');
  await page.unrouteAll({ behavior: 'wait' });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`checklist: readiness badges and linking evidence, ${colorScheme}`, async ({ page, shell }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const shot = async (name: string) => {
      await page.mouse.move(1, 1);
      await page.screenshot({ path: path.join(outDir, `${colorScheme}-checklist-${name}.png`) });
    };
    const checklist = new ChecklistPage(page);
    await shell.goTo('Checklist');
    // 8.3.3 and its neighbours carry the sample's readiness findings.
    await checklist.open('8.3.3-03');
    await expect(checklist.readinessBadge(checklist.clause('8.3.3'))).toBeVisible();
    await checklist.clause('8.3.4').click();
    await checklist.clause('8.3.4.1').click();
    await shot('badges');

    await checklist.open('8.3.3-01');
    await checklist.statusOption('Conforming').check();
    await checklist.linkedEvidence
      .or(checklist.item.getByText('No evidence file is linked'))
      .scrollIntoViewIfNeeded();
    await shot('evidence-weak');
    await checklist.linkExistingEvidence.click();
    await checklist.linkDialog.getByRole('checkbox').first().check();
    await shot('link-dialog');
    await checklist.linkDialog.getByRole('searchbox', { name: 'Search evidence' }).fill('report');
    await expect(checklist.linkDialog).toContainText('matching “report”');
    await shot('link-dialog-search');
    await checklist.linkDialog.getByRole('button', { name: /^Link/ }).click();
    await expect(checklist.linkDialog).toBeHidden();
    await expect(checklist.linkedEvidence).toBeVisible();

    const chooser = page.waitForEvent('filechooser');
    await checklist.addEvidenceFiles.click();
    await (
      await chooser
    ).setFiles([
      {
        name: 'SLA sign-off Northgate.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Signed by both parties.'),
      },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    await expect(checklist.evidenceOutcomes.getByRole('listitem')).toHaveCount(2);
    await checklist.linkedEvidence.scrollIntoViewIfNeeded();
    await shot('evidence-linked');

    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'minutes.txt', { type: 'text/plain' }));
      return transfer;
    });
    await checklist.item.dispatchEvent('dragover', { dataTransfer: dropped });
    await shot('evidence-dropping');
  });

  test(`evidence: PDF preview, ${colorScheme}`, async ({ page, shell, api }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const shot = async (name: string) => {
      await page.mouse.move(1, 1);
      await page.screenshot({ path: path.join(outDir, `${colorScheme}-evidence-${name}.png`) });
    };
    const evidence = new EvidencePage(page);
    const add = async (fileName: string, bytes: Buffer) =>
      (
        await api.call('evidence.add', {
          fileName,
          mediaType: 'application/pdf',
          content: bytes.toString('base64'),
          description: 'Quarterly service review with Northgate Logistics.',
          links: [],
        })
      ).evidence.id;
    const review = await add('Service review Q1.pdf', await evidencePdf('Service review Q1', 3));
    const damaged = await add('Supplier contract (truncated).pdf', damagedPdf());
    await shell.goTo('Evidence');
    const open = async (id: string) => {
      await page.evaluate((target) => (window.location.hash = target), `#/evidence/${id}`);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Loading…');
    };

    await open(review);
    await expect(evidence.pdfPageNumber).toHaveText('Page 1 of 3');
    await expect(evidence.pdfFrame).toHaveAttribute('aria-busy', 'false');
    await shot('pdf');
    await evidence.nextPage.click();
    await expect(evidence.pdfPageNumber).toHaveText('Page 2 of 3');
    await expect(evidence.pdfFrame).toHaveAttribute('aria-busy', 'false');
    await evidence.nextPage.focus();
    await shot('pdf-page-2');

    const samplePdf = (await api.call('evidence.list', {})).find(
      (file) => file.mediaType === 'application/pdf' && file.id !== review && file.id !== damaged,
    );
    if (samplePdf) {
      await open(samplePdf.id);
      await expect(evidence.pdfPageNumber).toHaveText(/^Page 1 of/);
      await expect(evidence.pdfFrame).toHaveAttribute('aria-busy', 'false');
      await shot('pdf-sample');
    }

    await open(damaged);
    await expect(evidence.preview.getByRole('alert')).toBeVisible();
    await shot('pdf-damaged');
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`packs: identities, export, history and verify, ${colorScheme}`, async ({
    page,
    shell,
    api,
    workspace,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const main = page.getByRole('main');
    const shot = async (name: string) => {
      await page.mouse.move(1, 1);
      await page.screenshot({ path: path.join(outDir, `${colorScheme}-packs-${name}.png`) });
    };
    const packs = new PacksPage(page);
    const passphrase = 'tide-table-47-harbour';

    await shell.goTo('Packs');
    await expect(packs.noIdentity).toBeVisible();
    await shot('empty');
    await packs.createIdentity({
      name: 'Jonas Becker',
      organisation: 'Becker Audit Consulting',
      email: 'jonas@becker.example',
      passphrase: 'short',
    });
    await expect(packs.dialogField('Passphrase')).toHaveAttribute('aria-invalid', 'true');
    await shot('create-invalid');
    await packs.dialogField('Passphrase').fill(passphrase);
    await packs.dialogField('Repeat the passphrase').fill(passphrase);
    await packs.dialog.getByRole('button', { name: 'Create identity' }).click();
    await expect(packs.dialog).toBeHidden({ timeout: 10_000 });
    // A second identity and a pack it signed earlier, so the list and the history hold two each.
    const other = await api.call('identities.create', {
      name: 'Priya Raman',
      organisation: 'Harbourline Managed Services Ltd',
      email: 'priya.raman@harbourline.example',
      passphrase,
    });
    const earlier = await makeFullPack(api, workspace, other.fingerprintSha256, passphrase);
    await shell.goTo('Dashboard');
    await shell.goTo('Packs');
    await expect(packs.identities.getByRole('listitem')).toHaveCount(2);
    await shot('identities');
    await packs.importIdentityButton.click();
    await shot('import-dialog');
    await page.keyboard.press('Escape');
    await packs.identity('Priya Raman').getByRole('button', { name: 'Remove Priya Raman' }).click();
    await shot('remove-dialog');
    await packs.dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('radio', { name: /^Jonas Becker/ }).check();
    await packs.chooseClauses(['4', '8']);
    await page.getByRole('checkbox', { name: 'Include internal notes' }).check();
    await packs.passphrase.fill('not the passphrase');
    await packs.signAndExport.click();
    await expect(packs.passphrase).toHaveAttribute('aria-invalid', 'true');
    await shot('wrong-passphrase');
    await packs.passphrase.fill(passphrase);
    await packs.signAndExport.click();
    await expect(packs.progress).toBeVisible();
    // Caught part-way when the machine is slow enough to show it; the picture is taken either way.
    await page
      .waitForFunction(
        () => {
          const value = Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow'));
          return value >= 10 && value < 100;
        },
        null,
        { polling: 50, timeout: 10_000 },
      )
      .catch(() => undefined);
    await shot('progress');
    await expect(packs.result).toBeVisible({ timeout: 20_000 });
    await packs.result.scrollIntoViewIfNeeded();
    await shot('result');
    await packs.history.scrollIntoViewIfNeeded();
    await expect(packs.historyRows).toHaveCount(2);
    await shot('history');

    if (colorScheme === 'light') {
      await page.setViewportSize({ width: 1024, height: 820 });
      await main.evaluate((element) => element.scrollTo(0, 0));
      await shot('narrow');
      await page.setViewportSize({ width: 1280, height: 820 });
    }

    await packs.verifyTab.click();
    await shot('verify-empty');
    await packs.packInput.setInputFiles({
      name: earlier.entry.fileName,
      mimeType: 'application/pdf',
      buffer: earlier.bytes,
    });
    await expect(packs.verdict).toContainText('VALID');
    await shot('verify-valid');
    await main.evaluate((element) => element.scrollBy(0, element.clientHeight - 120));
    await shot('verify-valid-2');
    await main.evaluate((element) => element.scrollTo(0, 0));
    await packs.packInput.setInputFiles({
      name: 'pack (changed).pdf',
      mimeType: 'application/pdf',
      buffer: tamperedInTheMiddle(earlier.bytes),
    });
    await expect(packs.verdict).toContainText('NOT VALID');
    await shot('verify-invalid');
    await packs.packInput.setInputFiles({
      name: 'minutes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Minutes of the management review'),
    });
    await expect(packs.dropZone.getByRole('alert')).toBeVisible();
    await shot('verify-not-pdf');
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`backups, ${colorScheme}`, async ({ page, settings, api, workspace }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const backups = new BackupsPage(page);
    const shot = async (name: string) => {
      await page.mouse.move(1, 1);
      await page.screenshot({ path: path.join(outDir, `${colorScheme}-backups-${name}.png`) });
    };
    await expect(settings.workspaceFacts).toBeVisible();
    await expect(backups.rows).toHaveCount(1);
    // A few days of history: copies of the backup taken on open, under the names earlier days' backups get.
    const folder = path.join(workspace.userDataDir, 'backups');
    const [workspaceId] = await readdir(folder);
    const backupsFolder = path.join(folder, workspaceId!);
    const [first] = await readdir(backupsFolder);
    const day = 86_400_000;
    const stamp = (at: number, kind: string) =>
      `${new Date(at).toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19)}-${kind}.clausebook`;
    for (const [ago, kind] of [
      [1 * day - 2 * 3_600_000, 'interval'],
      [2 * day, 'before-restore'],
      [5 * day + 3_600_000, 'interval'],
    ] as const) {
      await copyFile(
        path.join(backupsFolder, first!),
        path.join(backupsFolder, stamp(Date.now() - ago, kind)),
      );
    }
    await api.call('services.create', {
      name: 'Managed print service',
      lifecycle: 'pipeline',
      criticality: 'low',
    });
    await page.reload();
    await expect(backups.rows).toHaveCount(4);
    await backups.backUpNow.click();
    await expect(backups.notice).toHaveText(/^Backed up today \d\d:\d\d \([\d.]+ [kM]B\)\.$/);
    await backups.panel.scrollIntoViewIfNeeded();
    await shot('panel');
    await backups.restoreButton(backups.row('Manual')).click();
    await expect(backups.dialog).toBeVisible();
    await shot('dialog');
    await backups.confirmRestore.click();
    await expect(backups.notice).toContainText('Restored the backup from');
    await shot('restored');
  });
}
