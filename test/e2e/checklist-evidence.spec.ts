import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { ChecklistPage } from './pages/checklist-page';
import type { WorkspaceApi } from './workspace-api';

/** What the badge of a clause (with everything below it) or of an item should say, from the core's own run. */
async function expectedBadge(api: WorkspaceApi, filter: { clause?: string; itemId?: string }) {
  const { findings } = await api.call('readiness.run', {});
  const mine = findings.filter((finding) =>
    filter.itemId
      ? finding.itemId === filter.itemId
      : finding.clause === filter.clause || finding.clause.startsWith(`${filter.clause}.`),
  );
  const worst = (['major', 'minor', 'observation'] as const).find((severity) =>
    mine.some((finding) => finding.severity === severity),
  );
  if (!worst) return null;
  return mine.length === 1
    ? `1 readiness finding, ${worst}`
    : `${mine.length} readiness findings, worst: ${worst}`;
}

const policyFile = 'Service management policy.txt';

/** An item nobody has assessed and nothing supports yet, so a test's changes to it are the only ones. */
async function bareItem(api: WorkspaceApi, index = 0): Promise<string> {
  const { items } = await api.call('assessments.list', { statuses: ['not_assessed'], withoutEvidence: true });
  const item = items[index];
  if (!item) throw new Error('The sample workspace has no unassessed item without evidence left.');
  return item.itemId;
}

test.describe('checklist: readiness badges and evidence', () => {
  test('the clause tree carries the readiness findings of the registers, rolled up to the parent clauses', async ({
    shell,
    page,
    api,
  }) => {
    const checklist = new ChecklistPage(page);
    await shell.goTo('Checklist');
    await checklist.open('8.3.3-01');

    // The demo registers were built with gaps against 8.3.3 (services without an agreed SLA, targets that cannot be measured).
    const own = await expectedBadge(api, { clause: '8.3.3' });
    expect(own, 'the sample has readiness findings on 8.3.3').not.toBeNull();
    await expect(checklist.readinessBadge(checklist.clause('8.3.3'))).toHaveAccessibleName(own!);
    // The clause's own name carries it too, for whoever moves through the tree.
    await expect(checklist.clause('8.3.3')).toHaveAccessibleName(new RegExp(` ${own}$`));
    await expect(checklist.readinessBadge(checklist.clause('8.3'))).toHaveAccessibleName(
      (await expectedBadge(api, { clause: '8.3' }))!,
    );
    await expect(checklist.readinessBadge(checklist.clause('8'))).toHaveAccessibleName(
      (await expectedBadge(api, { clause: '8' }))!,
    );
    // Clause 4 concerns nothing the registers can show.
    await expect(checklist.readinessBadge(checklist.clause('4'))).toHaveCount(0);

    // 8.3.3 is open (its item is shown), so its items' rows have their own badges.
    const { findings } = await api.call('readiness.run', {});
    const itemId = findings.find((finding) => finding.clause === '8.3.3')!.itemId;
    await expect(checklist.readinessBadge(checklist.treeItem(itemId))).toHaveAccessibleName(
      (await expectedBadge(api, { itemId }))!,
    );
    await expect(checklist.readinessBadge(checklist.treeItem('8.3.3-01'))).toHaveCount(
      findings.some((finding) => finding.itemId === '8.3.3-01') ? 1 : 0,
    );
    expect(await seriousViolations(page), 'checklist with readiness badges').toEqual([]);
  });

  test('an evidence file of the library is linked to an item and unlinked, and the weak flag follows', async ({
    shell,
    page,
    api,
  }) => {
    const checklist = new ChecklistPage(page);
    const itemId = await bareItem(api);
    await shell.goTo('Checklist');
    await checklist.open(itemId);
    await checklist.statusOption('Conforming').check();
    await expect(checklist.weakFlag).toBeVisible();
    await expect(checklist.treeItem(itemId)).toHaveAccessibleName(/without evidence/);

    await checklist.linkExistingEvidence.click();
    const dialog = checklist.linkDialog;
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: 'Search evidence' })).toBeFocused();
    await expect(dialog.getByRole('checkbox', { name: 'SMS scope statement' })).toBeVisible();
    await dialog.getByRole('searchbox', { name: 'Search evidence' }).fill('policy');
    await expect(dialog.getByRole('checkbox', { name: 'SMS scope statement' })).toHaveCount(0);
    await dialog.getByRole('checkbox', { name: policyFile }).check();
    expect(await seriousViolations(page), 'link evidence dialog').toEqual([]);
    // Words that match nothing say so, and the file chosen stays chosen.
    await dialog.getByRole('searchbox', { name: 'Search evidence' }).fill('no such file anywhere');
    await expect(dialog).toContainText('No file matches “no such file anywhere”.');
    await expect(dialog.getByRole('button', { name: 'Link file' })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Link file' }).click();
    await expect(dialog).toBeHidden();

    await expect(checklist.linkedEvidence).toContainText(policyFile);
    await expect(checklist.weakFlag).toBeHidden();
    await expect(checklist.treeItem(itemId)).not.toHaveAccessibleName(/without evidence/);

    // Already linked: listed, but not offered again.
    await checklist.linkExistingEvidence.click();
    await dialog.getByRole('searchbox', { name: 'Search evidence' }).fill('policy');
    await expect(dialog.getByRole('checkbox', { name: policyFile })).toBeDisabled();
    await expect(dialog.getByRole('checkbox', { name: policyFile })).toBeChecked();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await page.reload();
    await checklist.expectItem(itemId);
    await expect(checklist.linkedEvidence).toContainText(policyFile);

    await checklist.linkedEvidence.getByRole('button', { name: `Unlink`, exact: false }).click();
    await expect(checklist.linkedEvidence).toBeHidden();
    await expect(checklist.item).toContainText('No evidence file is linked to this item.');
    await expect(checklist.weakFlag).toBeVisible();
    await expect(checklist.treeItem(itemId)).toHaveAccessibleName(/without evidence/);
    await expect(checklist.linkExistingEvidence).toBeFocused();
  });

  test('a new file chosen from the checklist is stored in the library and linked to the item', async ({
    shell,
    page,
    api,
  }) => {
    const checklist = new ChecklistPage(page);
    const itemId = await bareItem(api);
    await shell.goTo('Checklist');
    await checklist.open(itemId);
    await checklist.statusOption('Conforming').check();
    await expect(checklist.weakFlag).toBeVisible();

    const csv = Buffer.from(
      'Party,Need\nCustomers,Availability of the hosting service\nRegulator,Data retention\n',
    );
    const chooser = page.waitForEvent('filechooser');
    await checklist.addEvidenceFiles.click();
    await (await chooser).setFiles({ name: 'stakeholder-register.csv', mimeType: 'text/csv', buffer: csv });
    await expect(checklist.evidenceOutcomes).toContainText(/Added as EVD-\d+ and linked to this item\./);
    await expect(checklist.linkedEvidence).toContainText('stakeholder-register.csv');
    await expect(checklist.weakFlag).toBeHidden();

    const stored = await api.call('evidence.list', { search: 'stakeholder-register' });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.items.map((link) => link.itemId)).toEqual([itemId]);
    expect(stored[0]!.sizeBytes).toBe(csv.length);

    await page
      .getByRole('link', { name: /stakeholder-register\.csv/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'stakeholder-register.csv' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Linked requirement items' })).toContainText(itemId);
  });

  test('files dropped on the item are added and linked in one step; an empty one is refused', async ({
    shell,
    page,
    api,
  }) => {
    const checklist = new ChecklistPage(page);
    const itemId = await bareItem(api);
    await shell.goTo('Checklist');
    await checklist.open(itemId);
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(['Interested parties reviewed in March.'], 'parties.txt', { type: 'text/plain' }),
      );
      transfer.items.add(new File([], 'empty.txt', { type: 'text/plain' }));
      return transfer;
    });
    await checklist.item.dispatchEvent('dragover', { dataTransfer: dropped });
    await expect(checklist.item).toContainText(
      `Drop the files to add them to the evidence library and link them to ${itemId}`,
    );
    await checklist.item.dispatchEvent('drop', { dataTransfer: dropped });
    await expect(checklist.evidenceOutcomes.getByRole('listitem')).toHaveCount(2);
    await expect(checklist.evidenceOutcomes).toContainText('and linked to this item');
    await expect(checklist.evidenceOutcomes).toContainText('"empty.txt" is empty (0 bytes)');
    await expect(checklist.linkedEvidence.getByRole('listitem')).toHaveCount(1);
    await expect(checklist.linkedEvidence).toContainText('parties.txt');
  });
});
