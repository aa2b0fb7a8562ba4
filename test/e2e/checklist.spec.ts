import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import type { WorkspaceApi } from './workspace-api';

/**
 * The sample workspace arrives part-assessed. Tests that walk clause 4 from its start put it back
 * as a new engagement has it: nothing assessed, owned, cited or linked.
 */
async function startClauseAfresh(api: WorkspaceApi, clause: string): Promise<void> {
  const { items } = await api.call('assessments.list', { clause });
  for (const { itemId } of items) {
    const assessment = await api.call('assessments.get', { itemId });
    for (const file of assessment.evidence) {
      await api.call('evidence.unlink', { id: file.id, target: { kind: 'item', itemId } });
    }
    for (const { register, id } of assessment.citedRecords) {
      await api.call('assessments.uncite', { itemId, record: { register, id } });
    }
    await api.call('assessments.set', {
      itemId,
      values: {
        status: 'not_assessed',
        owner: '',
        clientNotes: '',
        internalNotes: '',
        interviewees: [],
        dueDate: null,
      },
    });
  }
}

test.describe('checklist', () => {
  test('an item is assessed through the UI, its clause progress follows, and a reload keeps it', async ({
    shell,
    page,
    api,
  }) => {
    const checklist = new ChecklistPage(page);
    await startClauseAfresh(api, '4');
    await shell.goTo('Checklist');
    // With nothing assessed yet, the screen opens on the first item and says so in the address.
    await checklist.expectItem('4.1-01');
    await expect(checklist.clause('4.1')).toHaveAccessibleDescription(/^0 of 2 assessed/);
    await expect(checklist.clause('4')).toHaveAccessibleDescription(/^0 of 12 assessed/);

    await checklist.statusOption('Partially conforming').check();
    await expect(checklist.clause('4.1')).toHaveAccessibleDescription(/^1 of 2 assessed/);
    await expect(checklist.clause('4')).toHaveAccessibleDescription(/^1 of 12 assessed/);
    await expect(checklist.treeItem('4.1-01')).toHaveAccessibleName(/Partially conforming/);

    await checklist.clientNotes.fill(
      'Context review minutes seen for 2025; external issues not yet analysed.',
    );
    await checklist.internalNotes.fill('CIO vague on climate risk; ask again in the follow-up.');
    await checklist.interviewees.fill('Hannah Reid, Tom Okoro');
    await checklist.owner.fill('Hannah Reid');
    await expect(checklist.saveState).toHaveText('Unsaved changes');
    await checklist.dueDate.fill('2026-12-15');
    await checklist.save.click();
    await expect(checklist.saveState).toHaveText('Saved');
    await expect(checklist.item).toContainText('Last updated');

    // A third status that makes the clause nonconforming shows in the count.
    await checklist.statusOption('Nonconforming').check();
    await expect(checklist.clause('4.1')).toHaveAccessibleDescription('1 of 2 assessed, 1 nonconforming');

    await page.reload();
    await checklist.expectItem('4.1-01');
    await expect(checklist.statusOption('Nonconforming')).toBeChecked();
    await expect(checklist.clientNotes).toHaveValue(
      'Context review minutes seen for 2025; external issues not yet analysed.',
    );
    await expect(checklist.internalNotes).toHaveValue(
      'CIO vague on climate risk; ask again in the follow-up.',
    );
    await expect(checklist.interviewees).toHaveValue('Hannah Reid, Tom Okoro');
    await expect(checklist.owner).toHaveValue('Hannah Reid');
    await expect(checklist.dueDate).toHaveValue('2026-12-15');
    await expect(checklist.clause('4.1')).toHaveAccessibleDescription(/^1 of 2 assessed/);

    // The owner filter narrows the tree to that owner's items.
    await checklist.ownerFilter.selectOption('Hannah Reid');
    await expect(checklist.count).toHaveText(/^1 of \d+ items$/);
    await expect(checklist.tree.getByRole('treeitem', { name: /^4\.1-0/ })).toHaveCount(1);
  });

  test('leaving a field saves it, so moving on loses nothing', async ({ shell, page, api }) => {
    const checklist = new ChecklistPage(page);
    await startClauseAfresh(api, '4');
    await shell.goTo('Checklist');
    await checklist.expectItem('4.1-01');
    await checklist.owner.fill('Marta Lind');
    await checklist.treeItem('4.1-02').click();
    await checklist.expectItem('4.1-02');
    await checklist.treeItem('4.1-01').click();
    await checklist.expectItem('4.1-01');
    await expect(checklist.owner).toHaveValue('Marta Lind');
  });

  test('"Not applicable" is explained, and "Operated by another party" needs a controlling agreement', async ({
    shell,
    page,
  }) => {
    const checklist = new ChecklistPage(page);
    await shell.goTo('Checklist');
    await checklist.open('8.2.3-01');
    await expect(checklist.noExclusionsNote).toBeVisible();
    await expect(checklist.status).toContainText('ISO/IEC 20000-1 admits no exclusions');
    await expect(checklist.status.getByRole('radio', { name: /applicable/i })).toHaveCount(0);

    await checklist.statusOption('Operated by another party').check();
    await expect(checklist.agreementPicker).toBeFocused();
    await expect(checklist.item).toContainText('The status is saved once the agreement is linked.');
    // Nothing is saved until the agreement is linked.
    await expect(checklist.treeItem('8.2.3-01')).toHaveAccessibleName(/Not assessed/);

    // An SLA binds the organisation to its customer, not another party to the organisation.
    await checklist.chooseAgreement('Schools IT', /Schools IT SLA/);
    await expect(checklist.item.getByRole('alert')).toContainText('An SLA is what the organisation agrees');
    await expect(checklist.treeItem('8.2.3-01')).toHaveAccessibleName(/Not assessed/);

    await checklist.chooseAgreement('Group IT Security', /OLA — Group IT Security/);
    await expect(checklist.treeItem('8.2.3-01')).toHaveAccessibleName(/Operated by another party/);
    await expect(checklist.item.getByRole('link', { name: /^Open AGR-/ })).toBeVisible();

    await page.reload();
    await checklist.expectItem('8.2.3-01');
    await expect(checklist.statusOption('Operated by another party')).toBeChecked();
    await expect(checklist.agreementPicker).toHaveValue(/OLA — Group IT Security/);
  });

  test('next unassessed, status keys and the tree keyboard move through the items', async ({
    shell,
    page,
    api,
  }) => {
    const checklist = new ChecklistPage(page);
    await startClauseAfresh(api, '4');
    await shell.goTo('Checklist');
    await checklist.expectItem('4.1-01');
    await expect(page.getByText('Keys, when not typing')).toBeVisible();

    // 2 is "Conforming" while focus is not in a text field.
    await checklist.itemHeading.focus();
    await page.keyboard.press('2');
    await expect(checklist.statusOption('Conforming')).toBeChecked();
    await expect(checklist.treeItem('4.1-01')).toHaveAccessibleName(/Conforming/);
    // Conforming with nothing to show for it is flagged.
    await expect(checklist.item).toContainText('Weak: conforming without evidence');

    // Typed into a field, the same key is just text.
    await checklist.owner.fill('');
    await checklist.owner.press('4');
    await expect(checklist.owner).toHaveValue('4');
    await expect(checklist.statusOption('Conforming')).toBeChecked();
    await checklist.owner.fill('');

    await checklist.itemHeading.focus();
    await page.keyboard.press('n');
    await checklist.expectItem('4.1-02');
    await checklist.nextUnassessed.click();
    await checklist.expectItem('4.2-01');

    // Assessed items are skipped: back at the start, N goes past 4.1-01.
    await checklist.open('4.1-01');
    await checklist.nextUnassessed.click();
    await checklist.expectItem('4.1-02');

    // The tree: one tab stop on the selected item; arrows move, Enter opens.
    await checklist.treeItem('4.1-02').focus();
    await page.keyboard.press('ArrowDown');
    await expect(checklist.clause('4.2')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(checklist.treeItem('4.2-01')).toBeFocused();
    await page.keyboard.press('Enter');
    await checklist.expectItem('4.2-01');
  });

  test('the readiness checks of the registers show on the item they concern', async ({ shell, page }) => {
    const checklist = new ChecklistPage(page);
    await shell.goTo('Checklist');
    await checklist.open('8.3.3-01');
    const readiness = page.getByRole('region', { name: 'Readiness checks for clause 8.3.3' });
    await expect(readiness.getByRole('listitem').first()).toBeVisible();
    await expect(readiness.getByText(/Major|Minor|Observation/).first()).toBeVisible();
  });

  test('has no serious or critical accessibility violations', async ({ shell, page }) => {
    const checklist = new ChecklistPage(page);
    await shell.goTo('Checklist');
    await checklist.open('8.2.3-01');
    await checklist.statusOption('Operated by another party').check();
    await expect(checklist.agreementPicker).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(serious).toEqual([]);
  });
});
