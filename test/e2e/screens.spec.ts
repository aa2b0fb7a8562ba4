import type { MethodOutput } from '../../src-main/api/contract';
import { expect, test } from './fixtures';

test.describe('screens', () => {
  test('the banner and dashboard show the open workspace as the core reports it', async ({
    shell,
    workspace,
    page,
  }) => {
    // The page's own cookie authorises this request, so it sees exactly what the page sees.
    const response = await page.request.post(`${workspace.origin}/api/workspace.current`, { data: {} });
    const envelope = (await response.json()) as {
      ok: true;
      value: NonNullable<MethodOutput<'workspace.current'>>;
    };
    const { engagement, fileName } = envelope.value;

    await expect(shell.headerClient).toHaveText(engagement.clientOrganisation);
    await expect(shell.headerFile).toHaveText(fileName);
    await expect(shell.headerAudit).toHaveText(
      /^Initial certification, stage 2 · \d{1,2} [A-Z][a-z]+ \d{4}$/,
    );

    const summary = page.getByRole('region', { name: 'Engagement' });
    await expect(summary).toContainText(engagement.clientOrganisation);
    await expect(summary).toContainText(engagement.scopeStatement);
    await expect(summary).toContainText(engagement.consultantName);
    await expect(summary).toContainText(/in \d+ days/);
    await expect(page.getByRole('region', { name: 'Workspace' })).toContainText(fileName);
    await expect(page.getByRole('region', { name: 'What comes next' }).getByRole('listitem')).not.toHaveCount(
      0,
    );
  });

  test('each register screen lists its records with search, filters and a way to add one', async ({
    shell,
    page,
  }) => {
    const registers = {
      Services: ['service', '8.2.4'],
      Customers: ['customer', '8.3.2'],
      Suppliers: ['supplier', '8.3.4'],
      Agreements: ['agreement', '8.3.3'],
    } as const;
    for (const [label, [singular, clause]] of Object.entries(registers)) {
      await shell.goTo(label as keyof typeof registers);
      await expect(page.getByText('Not available yet')).toHaveCount(0);
      await expect(shell.main).toContainText(clause);
      await expect(page.getByRole('searchbox', { name: `Search ${label.toLowerCase()}` })).toBeVisible();
      await expect(page.getByRole('link', { name: `New ${singular}` }).first()).toBeVisible();
      await expect(page.getByTestId('list-count')).toHaveText(new RegExp(`^\\d[\\d,]* ${singular}s?$`));
    }
  });

  test('the dashboard counts what each register holds, as the core reports it', async ({
    shell,
    page,
    workspace,
  }) => {
    const response = await page.request.post(`${workspace.origin}/api/workspace.current`, { data: {} });
    const { value } = (await response.json()) as { value: { counts: Record<string, number> } };
    const registers = page.getByRole('region', { name: 'Registers' });
    for (const [key, label] of [
      ['services', 'Services'],
      ['suppliers', 'Suppliers'],
      ['agreements', 'Agreements'],
      ['measurements', 'Measurements'],
    ] as const) {
      const tile = registers
        .locator('.counts__item')
        .filter({ has: page.getByRole('link', { name: label, exact: true }) });
      await expect(tile.locator('dd')).toHaveText((value.counts[key] ?? 0).toLocaleString('en-GB'));
    }
    // What in the registers needs attention has cards of its own (see dashboard.spec.ts).
    await expect(shell.main.getByRole('region', { name: 'Reviews due' })).toBeVisible();
    await expect(shell.main.getByRole('region', { name: 'Breached targets' })).toBeVisible();
  });
});
