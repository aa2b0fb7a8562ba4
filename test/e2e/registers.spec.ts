import { expect, test } from './fixtures';
import { RecordFormPage } from './pages/record-form-page';
import { RecordPage } from './pages/record-page';
import { RegisterListPage } from './pages/register-list-page';

/** YYYY-MM-DD, `days` from today (UTC, as the tests' browser runs in UTC). */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test.describe('registers', () => {
  test('a supplier is added, edited and deleted through the forms, with validation beside the fields and the edit in its history', async ({
    shell,
    page,
  }) => {
    const list = new RegisterListPage(page, 'Suppliers');
    const form = new RecordFormPage(page);
    const record = new RecordPage(page);

    await shell.goTo('Suppliers');
    await list.newButton('supplier').click();
    await expect(shell.heading).toHaveText('New supplier');

    // Nothing filled in, and a contact without a name: the core's messages land beside each field,
    // including the nested one (contacts.0.name), and focus goes to the first.
    await page.getByRole('button', { name: 'Add contact' }).click();
    await form.save().click();
    await expect(form.alert).toContainText('The supplier was not added.');
    await form.expectFieldError(form.field('Name'), 'Enter the supplier name.');
    await form.expectFieldError(form.field('Name of contact 1'), 'Enter the contact name.');
    await expect(form.field('Name')).toBeFocused();

    await form.field('Name').fill('Acme Cloud Hosting Ltd');
    await form.select('Kind', 'External supplier');
    await form.select('Risk rating', 'High');
    await form.field('Name of contact 1').fill('Jo Bloggs');
    await form.field('Email of contact 1').fill('jo@acme.example');
    await form.field('Next review').fill(inDays(-10));
    await form.save().click();

    await expect(record.heading).toHaveText('Acme Cloud Hosting Ltd');
    await expect(record.flash).toHaveText(/^Supplier SUP-\d+ added\./);
    await expect(record.fact('Risk rating')).toHaveText('High');
    await expect(page.getByRole('main').getByText('Review overdue')).toBeVisible();
    await expect(record.card('Contacts')).toContainText('jo@acme.example');
    await expect(record.history).toContainText('Created by Priya Raman');

    await record.edit.click();
    await expect(shell.heading).toHaveText('Edit Acme Cloud Hosting Ltd');
    await form.field('Name').fill('Acme Cloud Ltd');
    await form.select('Risk rating', 'Low');
    await expect(form.save()).toHaveText('Save changes');
    await form.save().click();

    await expect(record.heading).toHaveText('Acme Cloud Ltd');
    await expect(record.flash).toHaveText(/^Changes to SUP-\d+ saved\./);
    await expect(record.fact('Risk rating')).toHaveText('Low');
    const edit = record.history.getByRole('listitem').filter({ hasText: 'Changed by Priya Raman' });
    await expect(edit).toContainText('Name: Acme Cloud Hosting Ltd → Acme Cloud Ltd');
    await expect(edit).toContainText('Risk rating: High → Low');

    await record.deleteRecord('supplier');
    await shell.expectScreen('Suppliers');
    await expect(record.flash).toHaveText(/^Supplier SUP-\d+ deleted\./);
    await list.search.fill('Acme Cloud');
    await expect(page.getByText('No suppliers match')).toBeVisible();
  });

  test('an agreement with a target and a measurement shows in its supplier and service, and the supplier cannot be deleted while named', async ({
    shell,
    page,
    api,
  }) => {
    test.setTimeout(60_000);
    // Forms, pickers and the lazily loaded chart must work under the app's Content-Security-Policy.
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const supplier = await api.call('suppliers.create', {
      name: 'Vaultstone Colocation Ltd',
      kind: 'external',
      riskRating: 'medium',
    });
    const service = await api.call('services.create', {
      name: 'Edge hosting',
      lifecycle: 'live',
      criticality: 'high',
    });
    const form = new RecordFormPage(page);
    const record = new RecordPage(page);

    await shell.goTo('Agreements');
    await page.getByRole('link', { name: 'New agreement' }).click();
    await form.field('Title').fill('Edge colocation contract');
    await form.select('Type', 'Contract with an external supplier');
    await form.choose('Supplier', 'Vaultstone', `${supplier.code} Vaultstone Colocation Ltd`);
    await form.choose('Services covered', 'Edge hosting', `${service.code} Edge hosting`);
    await form.select('Status', 'Agreed');
    await form.field('End date').fill(inDays(30));
    await form.save().click();

    await expect(record.heading).toHaveText('Edge colocation contract');
    await expect(page.getByRole('main').getByText('Expires in 30 days')).toBeVisible();
    await expect(record.fact('Supplier')).toHaveText(`${supplier.code} · Vaultstone Colocation Ltd`);

    await record.relatedGroup('Service level targets').getByRole('link', { name: 'Add target' }).click();
    await expect(shell.heading).toHaveText('New target');
    await expect(form.picker('Agreement')).toHaveValue(/Edge colocation contract$/);
    await form.field('Name').fill('Edge power availability');
    await form.choose('Service', 'Edge hosting', `${service.code} Edge hosting`);
    await form.select('Comparison', 'at least (≥)');
    await form.field('Threshold').fill('99.9');
    await form.field('Unit').fill('%');
    await form.select('Measured', 'Monthly');
    await form.save().click();

    await expect(record.heading).toHaveText('Edge power availability');
    const performance = record.card('Performance');
    await expect(performance).toContainText('Never measured');
    await performance.getByLabel('Period start').fill('2026-03-01');
    await performance.getByLabel('Value (%)').fill('99.5');
    await performance.getByRole('button', { name: 'Record' }).click();
    await expect(performance.getByRole('status')).toHaveText('Recorded 99.5% for Mar 2026: target breached.');
    const measurements = performance.getByRole('table', { name: 'Measurements' });
    await expect(measurements.getByRole('row', { name: /Mar 2026/ })).toContainText('Breached');
    // The chart loads on demand and draws the value against the threshold.
    await expect(
      performance.getByRole('img', {
        name: /^Chart of Edge power availability: .*against a target of ≥ 99\.9%; 1 breached/,
      }),
    ).toBeVisible();
    // The threshold is drawn as a line (zero height, so counted rather than "seen").
    await expect(performance.locator('.recharts-reference-line-line')).toHaveCount(1);

    // Both ways: the supplier lists the agreement; the service lists the agreement and the target with its latest value.
    await page.goto(`${new URL(page.url()).origin}/#/suppliers/${supplier.id}`);
    await expect(record.heading).toHaveText('Vaultstone Colocation Ltd');
    await expect(record.relatedGroup('Agreements').getByRole('link')).toHaveText([
      /Edge colocation contract/,
    ]);
    await page.goto(`${new URL(page.url()).origin}/#/services/${service.id}`);
    await expect(record.heading).toHaveText('Edge hosting');
    await expect(record.relatedGroup('Agreements covering this service')).toContainText(
      'Edge colocation contract',
    );
    const target = record.relatedGroup('Service level targets').getByRole('listitem');
    await expect(target).toContainText('Edge power availability');
    await expect(target).toContainText('99.5% in Mar 2026');
    await expect(target).toContainText('Breached');

    // The supplier is refused while the agreement names it, and the dialog links to the agreement.
    await page.goto(`${new URL(page.url()).origin}/#/suppliers/${supplier.id}`);
    await record.deleteRecord('supplier');
    await expect(record.dialog).toContainText(`Supplier ${supplier.code} is still in use`);
    await expect(record.dialog.getByRole('button', { name: 'Remove the references and delete' })).toHaveCount(
      0,
    );
    await record.dialog.getByRole('link', { name: /Edge colocation contract/ }).click();
    await expect(record.heading).toHaveText('Edge colocation contract');

    // The agreement in turn needs its target gone first; then the agreement, then the supplier go.
    await record.deleteRecord('agreement');
    await expect(record.dialog).toContainText('Edge power availability');
    await record.dialog.getByRole('link', { name: /Edge power availability/ }).click();
    await expect(record.heading).toHaveText('Edge power availability');
    await record.deleteRecord('target');
    await shell.expectScreen('Agreements');
    await page.goto(`${new URL(page.url()).origin}/#/agreements`);
    await new RegisterListPage(page, 'Agreements').search.fill('Edge colocation');
    await page.getByRole('link', { name: 'Edge colocation contract' }).click();
    await record.deleteRecord('agreement');
    await shell.expectScreen('Agreements');

    await page.goto(`${new URL(page.url()).origin}/#/suppliers/${supplier.id}`);
    await expect(record.heading).toHaveText('Vaultstone Colocation Ltd');
    await record.deleteRecord('supplier');
    await shell.expectScreen('Suppliers');
    await expect(record.flash).toHaveText(`Supplier ${supplier.code} deleted.`);
    expect(problems).toEqual([]);
  });

  test('a component taken out of a service is offered to be detached on delete, and a duplicate code is refused beside its field', async ({
    shell,
    page,
    api,
  }) => {
    const supplier = await api.call('suppliers.create', {
      name: 'Brightline Facilities',
      kind: 'external',
      riskRating: 'low',
    });
    await api.call('services.create', {
      code: 'E2E-SVC-1',
      name: 'First service',
      lifecycle: 'live',
      criticality: 'low',
    });
    const service = await api.call('services.create', {
      name: 'Office network',
      lifecycle: 'live',
      criticality: 'medium',
      components: [
        { name: 'Core switches', type: 'Network', owner: 'IT', operatedBySupplierId: supplier.id },
      ],
    });
    const form = new RecordFormPage(page);
    const record = new RecordPage(page);

    await page.goto(`${new URL(page.url()).origin}/#/services/${service.id}/edit`);
    await form.field('Code').fill('E2E-SVC-1');
    await form.save().click();
    await form.expectFieldError(form.field('Code'), 'E2E-SVC-1 is already used by another service.');
    await form.field('Code').fill(service.code);
    await form.field('Name of component 1').fill('');
    await form.save().click();
    await form.expectFieldError(form.field('Name of component 1'), 'Enter the component name.');
    await form.field('Name of component 1').fill('Core switches');
    await form.save().click();
    await expect(record.heading).toHaveText('Office network');

    // The supplier only operates a component: the reference is optional, so it can be removed with the delete.
    await page.goto(`${new URL(page.url()).origin}/#/suppliers/${supplier.id}`);
    await record.deleteRecord('supplier');
    await expect(record.dialog).toContainText('Office network');
    await record.dialog.getByRole('button', { name: 'Remove the references and delete' }).click();
    await shell.expectScreen('Suppliers');
    await expect(record.flash).toHaveText(/deleted; removed from 1 record that named it\./);
    await page.goto(`${new URL(page.url()).origin}/#/services/${service.id}`);
    await expect(record.card('Components')).toContainText('In house');
    await expect(record.history.getByRole('listitem').first()).toContainText('Operated by');
  });
});
