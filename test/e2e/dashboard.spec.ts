import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import { DashboardPage } from './pages/dashboard-page';
import { FindingsPage } from './pages/findings-page';
import { RecordPage } from './pages/record-page';

/** Today as the page sees it: the tests run in UTC, as the served sample's dates are made. */
const today = () => new Date().toISOString().slice(0, 10);

test.describe('dashboard', () => {
  test('shows the days to the audit, the expired contract, reviews overdue and the breached targets', async ({
    shell,
    page,
  }) => {
    await shell.expectScreen('Dashboard');
    const dashboard = new DashboardPage(page);
    // The sample plans its stage 2 audit 47 days after the day it is made.
    await expect(dashboard.audit).toContainText('47 days to the audit');
    await expect(dashboard.audit).toContainText('Initial certification, stage 2');

    await expect(dashboard.record(dashboard.agreements, 'AGR-022')).toHaveText(
      'AGR-022 Off-site Media Storage Contract — Vaultline',
    );
    await expect(dashboard.agreements.getByRole('listitem').first()).toContainText('ended 45 days ago');
    await expect(dashboard.record(dashboard.agreements, 'AGR-020')).toBeVisible();
    await expect(dashboard.tally(dashboard.agreements, 'Ended')).toHaveText('1');

    await expect(dashboard.tally(dashboard.reviews, 'Overdue')).toHaveText('7');
    await expect(dashboard.reviews.getByRole('listitem').first()).toContainText('90 days overdue');
    await expect(dashboard.record(dashboard.reviews, 'SUP-007')).toBeVisible();

    await expect(dashboard.targets).toContainText('2 targets missed in the latest period');
    await expect(dashboard.record(dashboard.targets, 'TGT-001')).toBeVisible();
    await expect(dashboard.record(dashboard.targets, 'TGT-007')).toBeVisible();

    await expect(dashboard.checks.getByRole('link', { name: /^8\.3\.4\.1 / })).toBeVisible();
  });

  test('counts open findings by type and opens the Findings screen on one type', async ({
    shell,
    page,
    api,
  }) => {
    const dashboard = new DashboardPage(page);
    const before = await api.call('dashboard.summary', { today: today() });
    await api.call('findings.create', {
      type: 'major_nc',
      title: 'Backup media held by a supplier without a contract',
      raisedOn: today(),
    });
    await api.call('findings.create', {
      type: 'opportunity',
      title: 'Publish the service catalogue to customers',
      raisedOn: today(),
    });
    await page.reload();
    await shell.expectScreen('Dashboard');
    const majors = before.findings.byType.major_nc + 1;
    await expect(dashboard.findings.getByRole('paragraph').first()).toHaveText(
      `${before.findings.total + 2} findings open`,
    );
    await expect(dashboard.findingType(/^\d+ Major nonconformit/)).toHaveText(
      `${majors} Major ${majors === 1 ? 'nonconformity' : 'nonconformities'}`,
    );
    await expect(dashboard.findingType(/Opportunit/)).toContainText(
      String(before.findings.byType.opportunity + 1),
    );

    await dashboard.findings.getByRole('link', { name: /^Major nonconformit/ }).click();
    await shell.expectScreen('Findings');
    const findings = new FindingsPage(page);
    await expect(findings.type).toHaveValue('major_nc');
    await expect(findings.status).toHaveValue('open');
    await expect(findings.row('Backup media held by a supplier without a contract')).toBeVisible();
    await expect(findings.row('Publish the service catalogue to customers')).toHaveCount(0);
  });

  test('a clause bar shows its numbers on hover and focus, and opens the checklist at that clause', async ({
    page,
    api,
  }) => {
    // The api fixture opens the app on the dashboard first.
    const dashboard = new DashboardPage(page);
    const summary = await api.call('dashboard.summary', { today: today() });
    const clause8 = summary.checklist.clauses.find((clause) => clause.number === '8')!;
    const assessed = clause8.total - clause8.counts.not_assessed;

    const bar = dashboard.clauseBar('8');
    await expect(bar).toHaveAccessibleName(
      new RegExp(`^8 Operation of the service management system ${assessed} of ${clause8.total} assessed: `),
    );
    await expect(bar).toHaveAccessibleName(new RegExp(`${clause8.counts.not_assessed} not assessed\\.$`));

    const tip = dashboard.clauseTip('8');
    await expect(tip).toBeHidden();
    await bar.hover();
    await expect(tip).toBeVisible();
    await expect(tip.locator('.clause-chart__tip-row').filter({ hasText: 'Not assessed' })).toHaveText(
      `Not assessed${clause8.counts.not_assessed}`,
    );
    await expect(tip.locator('.clause-chart__tip-row').filter({ hasText: /^Conforming/ })).toHaveText(
      `Conforming${clause8.counts.conforming}`,
    );
    await page.mouse.move(1, 1);
    await expect(tip).toBeHidden();

    // From the keyboard: Tab reaches the bar, its numbers show, Enter follows it.
    await dashboard.clauseBar('7').focus();
    await page.keyboard.press('Tab');
    await expect(bar).toBeFocused();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Enter');

    const checklist = new ChecklistPage(page);
    await checklist.expectItem(clause8.openItemId!);
    expect(clause8.openItemId).toMatch(/^8\./);
  });

  test('a breached target and an ended contract each open their record', async ({ shell, page }) => {
    await shell.expectScreen('Dashboard');
    const dashboard = new DashboardPage(page);
    const record = new RecordPage(page);
    await dashboard.record(dashboard.targets, 'TGT-001').click();
    await expect(record.heading).toHaveText('Hosting availability (Resilient tier)');
    await expect(page).toHaveURL(/#\/agreements\/targets\/[0-9a-f-]{36}$/);

    await page.goBack();
    await dashboard.record(dashboard.agreements, 'AGR-022').click();
    await expect(record.heading).toHaveText('Off-site Media Storage Contract — Vaultline');
  });

  test('a clause the readiness checks found something on opens the checklist at the item concerned', async ({
    page,
    api,
  }) => {
    const dashboard = new DashboardPage(page);
    const summary = await api.call('dashboard.summary', { today: today() });
    const suppliers = summary.readiness.clauses.find((clause) => clause.clause === '8.3.4.1')!;
    await dashboard.checks.getByRole('link', { name: '8.3.4.1 Management of external suppliers' }).click();
    await new ChecklistPage(page).expectItem(suppliers.itemId);
  });

  test('without an audit date the dashboard says so and links to Settings', async ({ shell, page, api }) => {
    const { createdAt: _created, updatedAt: _updated, ...engagement } = await api.call('engagement.get', {});
    await api.call('engagement.update', { ...engagement, plannedAuditDate: null });
    await page.reload();
    const dashboard = new DashboardPage(page);
    await expect(dashboard.audit).toContainText('No audit date set');
    await dashboard.audit.getByRole('link', { name: 'Set the audit date in Settings' }).click();
    await shell.expectScreen('Settings');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${colorScheme} theme, with a clause's numbers showing`, async ({
      shell,
      page,
    }) => {
      await shell.expectScreen('Dashboard');
      await page.emulateMedia({ colorScheme });
      const dashboard = new DashboardPage(page);
      await expect(dashboard.clauseBar('4')).toBeVisible();
      await dashboard.clauseBar('5').hover();
      await expect(dashboard.clauseTip('5')).toBeVisible();
      const scan = (builder: AxeBuilder) =>
        builder
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze()
          .then((results) =>
            results.violations.map(
              (violation) =>
                `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
            ),
          );
      // The dashboard itself, at every impact; the page around it as accessibility.spec.ts judges
      // every screen (the shell's brand name sits outside a landmark, a moderate finding of its own).
      expect(await scan(new AxeBuilder({ page }).include('main'))).toEqual([]);
      expect(
        (await scan(new AxeBuilder({ page }))).filter((line) => /\((serious|critical)\)/.test(line)),
      ).toEqual([]);
    });
  }
});
