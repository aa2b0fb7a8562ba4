import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { FindingsPage } from './pages/findings-page';

test.describe('findings', () => {
  test('a finding with a corrective action is raised, edited and listed', async ({ shell, page }) => {
    await shell.goTo('Findings');
    const findings = new FindingsPage(page);
    await expect(findings.counts).toBeVisible();
    expect(await seriousViolations(page), 'findings list').toEqual([]);
    const before = Number(
      await findings.counts.getByRole('button', { name: /minor/ }).locator('span').first().innerText(),
    );

    await findings.newFinding.click();
    await expect(page.getByRole('heading', { level: 1, name: 'New finding' })).toBeVisible();
    await findings.type.selectOption('minor_nc');
    await findings.title.fill('Supplier reviews not held for two quarters');
    await findings.description.fill('No review minutes for Q2 and Q3 with the hosting supplier.');
    await findings.action.fill('Schedule quarterly supplier reviews and record minutes.');
    await findings.owner.fill('Priya Shah');
    await findings.dueDate.fill('2027-01-31');
    await findings.actionStatus.selectOption('in_progress');
    expect(await seriousViolations(page), 'finding form').toEqual([]);
    await findings.submit.click();

    await expect(page.getByRole('status').filter({ hasText: /Finding \S+ raised/ })).toBeVisible();
    const row = findings.row('Supplier reviews not held for two quarters');
    await expect(row).toContainText('Minor NC');
    await expect(row).toContainText('In progress · Priya Shah');
    await expect(row).toContainText('31 January 2027');
    await expect(findings.counts.getByRole('button', { name: /minor/ })).toContainText(String(before + 1));

    await row.getByRole('link').click();
    await expect(findings.title).toHaveValue('Supplier reviews not held for two quarters');
    await findings.title.fill('Supplier reviews not held for three quarters');
    await findings.actionStatus.selectOption('implemented');
    await findings.submit.click();
    await expect(page.getByRole('status').filter({ hasText: /Finding \S+ saved/ })).toBeVisible();
    await expect(findings.row('Supplier reviews not held for three quarters')).toContainText('Implemented');
  });

  test('closing a nonconformity without a verified action shows the core message next to the fields', async ({
    shell,
    page,
  }) => {
    await shell.goTo('Findings');
    const findings = new FindingsPage(page);
    await findings.newFinding.click();
    await findings.type.selectOption('major_nc');
    await findings.title.fill('No incident management procedure');
    await findings.status.selectOption('closed');
    await findings.submit.click();
    await expect(findings.status).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/set the action to verified first/)).toBeVisible();
    await expect(page.getByText(/Attach the evidence that the corrective action worked/)).toBeVisible();
    expect(await seriousViolations(page), 'finding form with errors').toEqual([]);
  });

  test('an empty title is refused next to its field', async ({ shell, page }) => {
    await shell.goTo('Findings');
    const findings = new FindingsPage(page);
    await findings.newFinding.click();
    await findings.submit.click();
    await expect(findings.title).toHaveAttribute('aria-invalid', 'true');
  });
});
