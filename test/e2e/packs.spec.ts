import type { Download } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { makeFullPack, packFiles, packsFolder, tamperedInTheMiddle } from './pack-files';
import { PacksPage } from './pages/packs-page';

const run = promisify(execFile);

const consultant = {
  name: 'Jonas Becker',
  organisation: 'Becker Audit Consulting',
  email: 'jonas@becker.example',
  passphrase: 'tide-table-47-harbour',
};

// Clause titles are facts of the standard, as the pack's section headings give them.
const OPERATION = 'Operation of the service management system';
const LEADERSHIP = 'Leadership';

async function bytesOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFile(file);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test.describe('signed evidence packs', () => {
  test('a signing identity is created in the app, listed with its fingerprint, and its certificate exported', async ({
    shell,
    page,
    api,
    workspace,
  }) => {
    const packs = new PacksPage(page);
    await shell.goTo('Packs');
    await expect(packs.noIdentity).toBeVisible();
    expect(await seriousViolations(page), 'Packs screen, no identity').toEqual([]);

    await packs.createIdentity({ ...consultant, passphrase: 'short' });
    const passphrase = packs.dialogField('Passphrase');
    await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
    await expect(passphrase).toBeFocused();
    await expect(packs.dialog).toContainText('Choose a passphrase of at least 8 characters.');
    expect(await seriousViolations(page), 'create dialog with an error').toEqual([]);
    expect((await api.call('identities.list', {})).identities).toEqual([]);

    await passphrase.fill(consultant.passphrase);
    await packs.dialogField('Repeat the passphrase').fill(consultant.passphrase);
    await packs.dialog.getByRole('button', { name: 'Create identity' }).click();
    await expect(packs.dialog).toBeHidden({ timeout: 10_000 });

    const [kept] = (await api.call('identities.list', {})).identities;
    if (!kept) throw new Error('identities.list is empty after the identity was created');
    expect(kept.subject).toEqual({
      commonName: consultant.name,
      organisation: consultant.organisation,
      email: consultant.email,
    });
    const item = packs.identity(consultant.name);
    await expect(item).toContainText(`${consultant.organisation} · ${consultant.email}`);
    await expect(item).toContainText('Self-signed');
    await expect(item.getByText('Valid', { exact: true })).toBeVisible();
    await expect(item.getByTestId('identity-fingerprint')).toHaveText(
      PacksPage.shownFingerprint(kept.fingerprintSha256),
    );
    // The export form offers it as the signer at once.
    await expect(page.getByRole('radio', { name: new RegExp(`^${consultant.name}`) })).toBeChecked();
    // Kept in this test's app data folder, not beside the workspace.
    expect((await readdir(path.join(workspace.userDataDir, 'identities'))).length).toBeGreaterThan(0);
    expect(await readdir(path.dirname(workspace.file))).not.toContainEqual(expect.stringMatching(/\.p12$/));

    const downloading = page.waitForEvent('download');
    await item.getByRole('button', { name: `Export certificate of ${consultant.name}` }).click();
    const pem = (await bytesOf(await downloading)).toString('latin1');
    expect(pem.startsWith('-----BEGIN CERTIFICATE-----\n')).toBe(true);
    expect(pem).not.toContain('PRIVATE KEY');
    expect(new X509Certificate(pem).fingerprint256).toBe(kept.fingerprintSha256);

    expect(await seriousViolations(page), 'Packs screen with an identity').toEqual([]);
  });

  test('a .p12 made elsewhere is imported after a wrong passphrase is refused, and an identity is removed after confirmation', async ({
    shell,
    page,
    api,
    workspace,
  }) => {
    // A PKCS#12 file as a certificate authority (here, the CLI) hands it over.
    const p12 = path.join(path.dirname(workspace.file), 'issued-identity.p12');
    const cli = process.env.CLAUSEBOOK_E2E_CLI ?? path.resolve('dist/cli/clausebook.cjs');
    await run(
      process.execPath,
      [
        cli,
        'identity',
        'create',
        '--name',
        'Priya Raman',
        '--org',
        'Harbourline Managed Services Ltd',
      ].concat(['--email', 'priya.raman@harbourline.example', '--out', p12]),
      { env: { ...process.env, CLAUSEBOOK_PASSPHRASE: 'issued-passphrase-2026' } },
    );
    await api.call('identities.create', consultant);
    const packs = new PacksPage(page);
    await shell.goTo('Packs');
    await expect(packs.identities.getByRole('listitem')).toHaveCount(1);

    await packs.importIdentity(p12, 'a wrong guess');
    const passphrase = packs.dialogField('Passphrase of the file');
    await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
    await expect(passphrase).toBeFocused();
    await expect(packs.dialog).toContainText(/passphrase/i);
    expect((await api.call('identities.list', {})).identities).toHaveLength(1);

    await passphrase.fill('issued-passphrase-2026');
    await packs.dialog.getByRole('button', { name: 'Import identity' }).click();
    await expect(packs.dialog).toBeHidden();
    await expect(packs.identity('Priya Raman')).toContainText('priya.raman@harbourline.example');
    await expect(packs.identities.getByRole('listitem')).toHaveCount(2);
    // The identity just imported is the one the export form now offers.
    await expect(page.getByRole('radio', { name: /^Priya Raman/ })).toBeChecked();

    await packs
      .identity(consultant.name)
      .getByRole('button', { name: `Remove ${consultant.name}` })
      .click();
    await expect(packs.dialog).toContainText('Packs it already signed stay valid');
    await packs.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(packs.identities.getByRole('listitem')).toHaveCount(2);
    await packs
      .identity(consultant.name)
      .getByRole('button', { name: `Remove ${consultant.name}` })
      .click();
    await packs.dialog.getByRole('button', { name: 'Remove identity' }).click();
    await expect(packs.dialog).toBeHidden();
    await expect(packs.identities.getByRole('listitem')).toHaveCount(1);
    await expect(packs.identity(consultant.name)).toHaveCount(0);
    const left = (await api.call('identities.list', {})).identities.map(
      (identity) => identity.subject.commonName,
    );
    expect(left).toEqual(['Priya Raman']);
  });

  test('a pack of clauses 4 and 8 is signed with progress, written beside the workspace and listed; a wrong passphrase is refused', async ({
    shell,
    page,
    api,
    workspace,
  }) => {
    const identity = await api.call('identities.create', consultant);
    const { engagement } = (await api.call('workspace.current', {}))!;
    const packs = new PacksPage(page);
    await shell.goTo('Packs');
    await expect(packs.noHistory).toBeVisible();
    await packs.chooseClauses(['4', '8']);

    await packs.passphrase.fill('not the passphrase');
    await packs.signAndExport.click();
    await expect(packs.passphrase).toHaveAttribute('aria-invalid', 'true');
    await expect(packs.passphrase).toBeFocused();
    await expect(page.locator(`[id="${await packs.passphrase.getAttribute('id')}-error"]`)).toContainText(
      /passphrase/i,
    );
    await expect(packs.progress).toHaveCount(0);
    await expect(packs.noHistory).toBeVisible();
    expect((await api.call('packs.history', {})).exports).toEqual([]);
    expect(await packFiles(workspace)).toEqual([]);

    await packs.passphrase.fill(consultant.passphrase);
    await expect(packs.passphrase).toHaveAttribute('aria-invalid', 'false');
    await packs.recordProgress();
    await packs.signAndExport.click();
    await expect(packs.progress).toBeVisible();
    // The export goes on while the user works elsewhere, and is still followed on return.
    await shell.goTo('Dashboard');
    await shell.goTo('Packs');
    await expect(packs.progress).toHaveAttribute('aria-valuenow', '100', { timeout: 20_000 });
    await expect(packs.announcement).toHaveText('Done: the pack is signed and written.');
    await expect(packs.result).toBeVisible();
    // The bar went forward through the steps in words, never back.
    const shown = await packs.recordedProgress();
    const percents = shown.map((value) => Number(value.split('%')[0]));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(shown.some((value) => value.includes('Laying out the pages'))).toBe(true);
    expect(shown.at(-1)).toBe('100%: Done');

    const [entry] = (await api.call('packs.history', {})).exports;
    if (!entry) throw new Error('packs.history is empty after the export');
    expect(entry.options).toEqual({ clauses: ['4', '8'], includeInternalNotes: false, embedEvidence: true });
    expect(entry.signer.fingerprintSha256).toBe(identity.fingerprintSha256);
    await expect(packs.result).toContainText(entry.fileName);
    await expect(packs.result).toContainText(entry.sha256);
    await expect(packs.result).toContainText(entry.packId);
    await expect(packs.result).toContainText('the folder “e2e packs” beside the workspace file');

    await expect(packs.historyRows).toHaveCount(1);
    const row = packs.historyRows.first();
    for (const text of [
      consultant.name,
      '4, 8',
      'No',
      `${entry.evidenceFiles} embedded`,
      entry.sha256.slice(0, 10),
    ])
      await expect(row).toContainText(text);
    await expect(row.getByTitle(entry.sha256)).toBeVisible();

    // The file itself, checked with poppler's own tools.
    expect(await packFiles(workspace)).toEqual([entry.fileName]);
    const file = path.join(packsFolder(workspace), entry.fileName);
    const bytes = await readFile(file);
    expect(sha256(bytes)).toBe(entry.sha256);
    const signature = await run('pdfsig', [file]);
    expect(signature.stdout).toContain('Signature Validation: Signature is Valid.');
    expect(signature.stdout).toContain('Total document signed');
    const { stdout: text } = await run('pdftotext', [file, '-']);
    expect(text).toContain(engagement.clientOrganisation);
    expect(text).toContain(OPERATION);
    expect(text).not.toContain(LEADERSHIP);

    const downloading = page.waitForEvent('download');
    await packs.result.getByRole('button', { name: 'Download a copy' }).click();
    expect(sha256(await bytesOf(await downloading))).toBe(entry.sha256);

    await packs.result.getByRole('button', { name: 'Verify it now' }).click();
    await expect(packs.verifyTab).toHaveAttribute('aria-current', 'page');
    await expect(packs.verdict).toContainText('VALID');
    await expect(packs.verdict).not.toContainText('NOT VALID');
    await expect(packs.evidenceFiles.locator('tbody tr')).toHaveCount(entry.evidenceFiles);
  });

  test('the Verify screen finds a pack valid with each evidence file checked, names what failed in a tampered copy, and refuses a non-PDF', async ({
    shell,
    page,
    api,
    workspace,
  }) => {
    const identity = await api.call('identities.create', consultant);
    const pack = await makeFullPack(api, workspace, identity.fingerprintSha256, consultant.passphrase);
    const packs = new PacksPage(page);
    await shell.goTo('Packs');
    // The Verify tab is reached from the keyboard.
    await shell.tabTo(packs.verifyTab);
    await page.keyboard.press('Enter');
    await expect(packs.verifyTab).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(/Verify a pack/);

    await packs.packInput.setInputFiles({
      name: 'evidence-pack.pdf',
      mimeType: 'application/pdf',
      buffer: pack.bytes,
    });
    await expect(packs.verdict).toContainText('VALID');
    await expect(packs.verdict).not.toContainText('NOT VALID');
    await expect(packs.verdict).toContainText(
      `nothing in this pack has changed since ${consultant.name} signed it`,
    );
    await expect(packs.checks.getByRole('listitem')).toHaveCount(9);
    await expect(packs.checks.getByText('Failed:')).toHaveCount(0);
    expect(pack.entry.evidenceFiles).toBe(6);
    const rows = packs.evidenceFiles.locator('tbody tr');
    await expect(rows).toHaveCount(6);
    await expect(rows.getByText('Passed:')).toHaveCount(6);
    // The registers travel beside the evidence, each in full as CSV, checked the same way.
    const registerRows = page.getByRole('table', { name: 'Register files in the pack' }).locator('tbody tr');
    await expect(registerRows).toHaveCount(6);
    await expect(registerRows.getByText('Passed:')).toHaveCount(6);
    await expect(registerRows.first()).toContainText('services.csv');
    await expect(packs.signerFingerprint).toHaveText(PacksPage.shownFingerprint(identity.fingerprintSha256));
    await expect(page.getByRole('main')).toContainText('The certificate is self-signed');
    expect(await seriousViolations(page), 'Verify screen, valid pack').toEqual([]);

    // One embedded file, saved: the bytes the manifest vouches for.
    const first = rows.first();
    const listedHash = await first.locator('[title]').first().getAttribute('title');
    const saving = page.waitForEvent('download');
    await first.getByRole('button', { name: /^Save / }).click();
    expect(sha256(await bytesOf(await saving))).toBe(listedHash);

    await packs.packInput.setInputFiles({
      name: 'evidence-pack (changed).pdf',
      mimeType: 'application/pdf',
      buffer: tamperedInTheMiddle(pack.bytes),
    });
    await expect(packs.verdict).toContainText('NOT VALID');
    await expect(packs.verdict).toContainText('Failed check: Content unchanged since signing.');
    await expect(packs.checkItem('Content unchanged since signing')).toContainText('Failed:');
    expect(await seriousViolations(page), 'Verify screen, tampered pack').toEqual([]);

    // Dropped on the drop zone rather than chosen: a text file is no pack.
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(['Minutes of the management review'], 'minutes.txt', { type: 'text/plain' }),
      );
      return transfer;
    });
    await packs.dropZone.dispatchEvent('dragover', { dataTransfer: dropped });
    await packs.dropZone.dispatchEvent('drop', { dataTransfer: dropped });
    const alert = packs.dropZone.getByRole('alert');
    await expect(alert).toContainText('minutes.txt cannot be checked');
    await expect(alert).toContainText('This file is not a PDF.');
    await expect(packs.verdict).toHaveCount(0);
  });
});
