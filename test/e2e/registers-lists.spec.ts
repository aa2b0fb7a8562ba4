import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { RecordPage } from './pages/record-page';
import { RegisterListPage } from './pages/register-list-page';

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test.describe('register lists', () => {
  test('search filters as you type, headers sort both ways, filters narrow, and the keyboard moves and opens rows', async ({
    shell,
    page,
    api,
  }) => {
    for (const [name, riskRating, nextReviewDate] of [
      ['Mongoose Quarry Test Supplier', 'medium', inDays(200)],
      ['Aardvark Quarry Test Supplier', 'high', inDays(-5)],
      ['Zephyr Quarry Test Supplier', 'low', null],
    ] as const) {
      await api.call('suppliers.create', { name, kind: 'external', riskRating, nextReviewDate });
    }
    const list = new RegisterListPage(page, 'Suppliers');
    await shell.goTo('Suppliers');
    await expect(list.count).toHaveText(/^\d+ suppliers$/);
    const all = Number((await list.count.textContent())?.replace(/\D/g, ''));

    await list.search.pressSequentially('quarry te', { delay: 20 });
    await expect(list.count).toHaveText(`3 of ${all} suppliers`);
    await expect(list.header('Code')).toHaveAttribute('aria-sort', 'ascending');
    await expect(list.rows).toHaveCount(3);

    await list.sortBy('Name');
    await expect(list.header('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(list.header('Code')).not.toHaveAttribute('aria-sort');
    await list.expectNames([
      'Aardvark Quarry Test Supplier',
      'Mongoose Quarry Test Supplier',
      'Zephyr Quarry Test Supplier',
    ]);
    await list.sortBy('Name');
    await expect(list.header('Name')).toHaveAttribute('aria-sort', 'descending');
    await list.expectNames([
      'Zephyr Quarry Test Supplier',
      'Mongoose Quarry Test Supplier',
      'Aardvark Quarry Test Supplier',
    ]);

    // Status chips say what needs attention; filters narrow the list to it.
    const aardvark = list.rows.filter({ hasText: 'Aardvark' });
    await expect(aardvark).toContainText('Review overdue');
    await list.toggle('Review overdue').click();
    await expect(list.toggle('Review overdue')).toHaveAttribute('aria-pressed', 'true');
    await list.expectNames(['Aardvark Quarry Test Supplier']);
    await list.toggle('Review overdue').click();
    await list.filter('Risk').selectOption({ label: 'Low' });
    await list.expectNames(['Zephyr Quarry Test Supplier']);
    await list.filter('Risk').selectOption({ label: 'Any risk' });
    await expect(list.rows).toHaveCount(3);

    // Keyboard: Tab reaches one row; arrows move the active row; Enter opens it.
    await list.search.focus();
    await shell.tabTo(list.link('Zephyr Quarry Test Supplier'));
    await page.keyboard.press('ArrowDown');
    await expect(list.link('Mongoose Quarry Test Supplier')).toBeFocused();
    await page.keyboard.press('End');
    await expect(list.link('Aardvark Quarry Test Supplier')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(list.link('Mongoose Quarry Test Supplier')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(new RecordPage(page).heading).toHaveText('Mongoose Quarry Test Supplier');

    // Back to the list: the search, the sort and the rows are as they were.
    await page.goBack();
    await expect(list.search).toHaveValue('quarry te');
    await expect(list.header('Name')).toHaveAttribute('aria-sort', 'descending');
    await expect(list.rows).toHaveCount(3);
  });

  test('a list of 50,000 records draws only the rows in view and fetches pages as it scrolls', async ({
    shell,
    page,
  }) => {
    const TOTAL = 50_000;
    const offsets: number[] = [];
    // The renderer's side of a very large register: the core answers every page as it would.
    await page.route('**/api/suppliers.list', async (route: Route) => {
      const input = route.request().postDataJSON() as { offset: number; limit: number };
      offsets.push(input.offset);
      const rows = Array.from({ length: Math.min(input.limit, TOTAL - input.offset) }, (_, index) => {
        const number = input.offset + index + 1;
        return {
          id: `00000000-0000-4000-8000-${String(number).padStart(12, '0')}`,
          code: `SUP-${String(number).padStart(5, '0')}`,
          name: `Synthetic supplier ${number}`,
          kind: 'external',
          riskRating: 'low',
          nextReviewDate: null,
          reviewOverdue: number % 7 === 0,
          agreementCount: 0,
        };
      });
      await route.fulfill({ json: { ok: true, value: { total: TOTAL, rows } } });
    });
    const list = new RegisterListPage(page, 'Suppliers');
    await shell.goTo('Suppliers');
    await expect(list.count).toHaveText('50,000 suppliers');
    await expect(list.table).toHaveAttribute('aria-rowcount', String(TOTAL + 1));
    await expect(list.link('Synthetic supplier 1')).toBeVisible();
    expect(await list.rows.count()).toBeLessThan(60);

    // End jumps to the last record: only the pages around it are fetched, never the ones between.
    await list.link('Synthetic supplier 1').focus();
    const started = Date.now();
    await page.keyboard.press('End');
    await expect(list.link(`Synthetic supplier ${TOTAL}`)).toBeFocused();
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(list.rows.last()).toHaveAttribute('aria-rowindex', String(TOTAL + 1));
    expect(await list.rows.count()).toBeLessThan(60);
    expect(offsets).toContain(49_900);
    expect(offsets.length).toBeLessThan(8);

    await page.keyboard.press('PageUp');
    await expect(page.locator(':focus')).toHaveText(/^Synthetic supplier 499\d\d$/);
    await page.keyboard.press('Home');
    await expect(list.link('Synthetic supplier 1')).toBeFocused();
  });

  test('the agreements screen holds agreements, targets and reviews as tabs, each a full list', async ({
    shell,
    page,
  }) => {
    await shell.goTo('Agreements');
    const tabs = page.getByRole('navigation', { name: 'Agreement registers' });
    await expect(tabs.getByRole('link')).toHaveText(['Agreements', 'Targets', 'Reviews']);
    await expect(tabs.getByRole('link', { name: 'Agreements' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: 'New agreement' }).first()).toBeVisible();

    await tabs.getByRole('link', { name: 'Targets' }).click();
    await expect(page).toHaveURL(/#\/agreements\/targets$/);
    await expect(tabs.getByRole('link', { name: 'Targets' })).toHaveAttribute('aria-current', 'page');
    await expect(tabs.getByRole('link', { name: 'Targets' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'New target' }).first()).toBeVisible();
    await expect(page).toHaveTitle(/^Agreements · .+ — Clausebook$/);

    await tabs.getByRole('link', { name: 'Reviews' }).click();
    await expect(page.getByRole('link', { name: 'New review' }).first()).toBeVisible();
    await page.reload();
    await expect(tabs.getByRole('link', { name: 'Reviews' })).toHaveAttribute('aria-current', 'page');
  });
});
