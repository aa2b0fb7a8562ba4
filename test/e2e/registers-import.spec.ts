import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { ImportDialogPage } from './pages/import-dialog-page';
import { RegisterListPage } from './pages/register-list-page';

test.describe('register import and export', () => {
  test('the suppliers are exported as a CSV file that downloads with the register’s columns', async ({
    shell,
    page,
  }) => {
    await shell.goTo('Suppliers');
    await page.getByRole('button', { name: 'Export' }).click();
    const menu = page.getByRole('menu', { name: 'Export' });
    await expect(menu.getByRole('menuitem')).toHaveCount(2);
    await expect(menu.getByRole('menuitem').nth(1)).toHaveAccessibleName('Suppliers as Excel workbook');
    await expect(menu.getByRole('menuitem', { name: 'Suppliers as CSV' })).toBeFocused();

    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^suppliers.*\.csv$/);
    const content = await readFile(await download.path(), 'utf8');
    expect(content.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(
      'Code,Name,Kind,Customer,Risk rating,Provides services,Provides processes,Description,Contacts,Review cadence (months),Last review,Next review',
    );
    expect(content).toContain('SUP-001,Ironbridge Data Centres Ltd,External supplier');
    await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
      /^Exported 13 suppliers to suppliers.*\.csv\.$/,
    );
    await expect(menu).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export' })).toBeFocused();
  });

  test('two new customers are imported from a CSV after the mapping, a preview and a dry run', async ({
    shell,
    page,
  }) => {
    const list = new RegisterListPage(page, 'Customers');
    const dialog = new ImportDialogPage(page);
    await shell.goTo('Customers');
    await dialog.open();
    await expect(dialog.dialog).toContainText('Nothing is imported while any row has a problem.');
    await expect(dialog.chooseFile).toBeFocused();

    // A client's own headers: the mapping step proposes the register columns, and one is left out.
    await dialog.chooseContent(
      'new-customers.csv',
      '\uFEFFCustomer;Type;Account manager;Notes;Region\r\n' +
        'Brightwater Borough Council;External;Sam Lee;"Waste services, parking; libraries";North\r\n' +
        'Kestrel Foods Ltd;External;Ann Moss;;South\r\n',
    );
    await expect(dialog.mapping('Customer')).toHaveValue('name');
    await expect(dialog.mapping('Type')).toHaveValue('kind');
    await expect(dialog.mapping('Account manager')).toHaveValue('relationshipManager');
    await expect(dialog.mapping('Notes')).toHaveValue('description');
    await expect(dialog.mapping('Region')).toHaveValue('');
    await expect(dialog.dialog).toContainText('separated by semicolons');
    await expect(dialog.rows).toContainText('Waste services, parking; libraries');
    await expect(dialog.rows).not.toContainText('North');
    await expect(dialog.problems).toHaveCount(0);

    await dialog.check.click();
    await expect(dialog.status).toHaveText(/Checked every row: 2 to create, 0 to update, 0 unchanged\./);
    await dialog.importButton.click();
    await expect(dialog.status).toHaveText(
      /new-customers\.csv is imported: 2 created, 0 updated, 0 unchanged\./,
    );
    await expect(dialog.close).toBeFocused();
    await dialog.close.click();
    await expect(dialog.dialog).toBeHidden();

    await expect(list.count).toHaveText('14 customers');
    await list.search.fill('Kestrel');
    await expect(list.link('Kestrel Foods Ltd')).toBeVisible();
    await expect(list.count).toHaveText('1 of 14 customers');
    await list.search.fill('Brightwater');
    await expect(list.link('Brightwater Borough Council')).toBeVisible();
  });

  test('a CSV with a bad row shows the row, column and problem, and imports nothing', async ({
    shell,
    page,
  }) => {
    const list = new RegisterListPage(page, 'Customers');
    const dialog = new ImportDialogPage(page);
    await shell.goTo('Customers');
    await expect(list.count).toHaveText('12 customers');
    await dialog.open();
    await dialog.chooseContent(
      'customers.csv',
      'Name,Kind\nBrightwater Borough Council,External\nKestrel Foods Ltd,Sideways\n',
    );

    const problem = dialog.problems.getByRole('row').filter({ hasText: 'Sideways' });
    await expect(problem.getByRole('cell')).toHaveText(['3', 'Kind', /"Sideways" is not a kind of customer/]);
    await expect(dialog.status).toHaveText(/1 problem found\. Fix the file or the column mapping/);
    await expect(dialog.importButton).toBeDisabled();

    await dialog.check.click();
    await expect(dialog.status).toHaveText(/The check found 1 problem\./);
    await expect(dialog.importButton).toBeDisabled();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      axe.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
    ).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog.dialog).toBeHidden();
    await expect(list.count).toHaveText('12 customers');
    await list.search.fill('Brightwater');
    await expect(list.count).toHaveText('0 of 12 customers');
  });
});
