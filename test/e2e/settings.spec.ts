import { expect, test } from './fixtures';

test.describe('engagement settings', () => {
  test('a saved change persists across a reload and shows in the banner', async ({
    settings,
    shell,
    page,
  }) => {
    await settings.fill({
      clientOrganisation: 'Fernhill Data Services plc',
      scopeStatement: 'Managed backup and recovery services delivered from Bristol.',
      auditType: 'Surveillance audit',
      plannedAuditDate: '2027-03-12',
      consultantName: 'Jonas Becker',
    });
    await expect(settings.unsaved).toBeVisible();
    await settings.save.click();

    await expect(settings.status).toHaveText('Saved');
    await expect(settings.unsaved).toBeHidden();
    await expect(shell.headerClient).toHaveText('Fernhill Data Services plc');
    await expect(shell.headerAudit).toHaveText('Surveillance audit · 12 March 2027');
    await expect(page).toHaveTitle('Settings · Fernhill Data Services plc — Clausebook');

    await page.reload();
    await expect(settings.clientOrganisation).toHaveValue('Fernhill Data Services plc');
    await expect(settings.scopeStatement).toHaveValue(
      'Managed backup and recovery services delivered from Bristol.',
    );
    await expect(settings.auditType).toHaveValue('surveillance');
    await expect(settings.plannedAuditDate).toHaveValue('2027-03-12');
    await expect(settings.consultantName).toHaveValue('Jonas Becker');
    await expect(shell.headerClient).toHaveText('Fernhill Data Services plc');
    await expect(shell.headerAudit).toHaveText('Surveillance audit · 12 March 2027');
  });

  test('the planned date can be cleared', async ({ settings, shell, page }) => {
    await settings.plannedAuditDate.fill('');
    await settings.save.click();
    await expect(settings.status).toHaveText('Saved');
    await page.reload();
    await expect(settings.plannedAuditDate).toHaveValue('');
    await expect(shell.headerAudit).toHaveText('Initial certification, stage 2 · date not planned');
  });

  test('an empty organisation is refused next to its field and nothing is saved', async ({
    settings,
    shell,
    page,
  }) => {
    const original = await settings.clientOrganisation.inputValue();
    const updates: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/engagement.update')) updates.push(request.url());
    });

    await settings.fill({ clientOrganisation: '   ', consultantName: 'Someone Else' });
    await settings.save.click();

    await settings.expectFieldError(settings.clientOrganisation, 'Enter the client organisation.');
    await expect(settings.clientOrganisation).toBeFocused();
    await expect(settings.status).toHaveText('');
    expect(updates).toEqual([]);

    await page.reload();
    await expect(settings.clientOrganisation).toHaveValue(original);
    await expect(settings.consultantName).not.toHaveValue('Someone Else');
    await expect(shell.headerClient).toHaveText(original);
  });

  test("the core's validation issues appear next to the matching fields", async ({ settings, page }) => {
    // Every check the form makes is also made by the core. To see the core's answer, alter the request
    // on its way out, past the form's own checks; the real core then rejects it.
    await page.route('**/api/engagement.update', async (route) => {
      const body = route.request().postDataJSON() as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, consultantName: 'x'.repeat(201) }) });
    });
    await settings.fill({ consultantName: 'Jonas Becker' });
    await settings.save.click();

    await settings.expectFieldError(
      settings.consultantName,
      'Consultant name must be at most 200 characters.',
    );
    await expect(settings.consultantName).toBeFocused();
    await expect(settings.alert).toContainText('The engagement was not saved.');
    await expect(settings.status).toHaveText('');
    await expect(settings.unsaved).toBeVisible();
  });

  test('unsaved edits survive a visit to another section', async ({ settings, shell }) => {
    await settings.fill({ consultantName: 'Draft Consultant' });
    await shell.goTo('Dashboard');
    await shell.goTo('Settings');
    await expect(settings.consultantName).toHaveValue('Draft Consultant');
    await expect(settings.unsaved).toBeVisible();
    await settings.reset.click();
    await shell.goTo('Dashboard');
    await shell.goTo('Settings');
    await expect(settings.consultantName).not.toHaveValue('Draft Consultant');
    await expect(settings.unsaved).toBeHidden();
  });

  test('Reset discards unsaved edits', async ({ settings }) => {
    const original = await settings.clientOrganisation.inputValue();
    await expect(settings.reset).toBeDisabled();
    await settings.fill({ clientOrganisation: 'Not kept' });
    await expect(settings.unsaved).toBeVisible();
    await settings.reset.click();
    await expect(settings.clientOrganisation).toHaveValue(original);
    await expect(settings.unsaved).toBeHidden();
    await expect(settings.reset).toBeDisabled();
  });

  test('the workspace facts name the file and its schema version', async ({ settings, workspace }) => {
    await expect(settings.workspaceFacts).toContainText('e2e.clausebook');
    await expect(settings.workspaceFacts).toContainText(/Schema version\s*\d+/);
    // A browser is not told where the file lives.
    await expect(settings.workspaceFacts).not.toContainText(workspace.file);
  });
});
