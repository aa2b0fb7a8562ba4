import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfsigAccepts, run } from '../../../helpers/packs/pack-tools';
import { runPackCli } from '../../../helpers/packs/pack-cli';

const env = { CLAUSEBOOK_PASSPHRASE: 'a long enough passphrase' };

/**
 * `clausebook pack` through the built CLI, so the pack is laid out and signed in the bundled worker
 * thread exactly as the app does it; the results are judged by poppler and `clausebook verify`.
 */
describe('clausebook pack', { timeout: 120_000 }, () => {
  let cwd: string;

  beforeAll(() => {
    cwd = mkdtempSync(path.join(tmpdir(), 'clausebook-pack-cli-'));
    expect(runPackCli(['demo', 'client.clausebook'], { cwd }).status).toBe(0);
    const created = runPackCli(
      [
        'identity',
        'create',
        '--name',
        'Priya Raman',
        '--org',
        'Raman Assurance',
        '--email',
        'p@example.com',
        '--out',
        'id.p12',
      ],
      { cwd, env },
    );
    expect(created.status, created.stderr).toBe(0);
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('writes a signed pack with every evidence file and the manifest attached', () => {
    const result = runPackCli(['pack', 'client.clausebook', '--out', 'pack.pdf', '--identity', 'id.p12'], {
      cwd,
      env,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/layout/); // progress, on stderr
    const bytes = readFileSync(path.join(cwd, 'pack.pdf'));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(result.stdout).toContain(`SHA-256 of the pack: ${sha256}`);
    expect(result.stdout).toMatch(/6 evidence files embedded/);

    expect(pdfsigAccepts(path.join(cwd, 'pack.pdf'))).toBe(true);
    const attachments = run('pdfdetach', ['-list', path.join(cwd, 'pack.pdf')]).stdout;
    // Six evidence files, the manifest, and the six registers as CSV.
    expect(attachments).toMatch(/^13 embedded files$/m);
    expect(attachments).toContain('clausebook-manifest.json');
    expect(attachments).toContain('SMS scope statement v2.1.pdf');
    for (const register of ['services', 'customers', 'suppliers', 'agreements', 'targets', 'reviews'])
      expect(attachments).toContain(`${register}.csv`);
    expect(run('qpdf', ['--check', path.join(cwd, 'pack.pdf')]).status).toBe(0);
    const verified = runPackCli(['verify', 'pack.pdf'], { cwd });
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/^pack\.pdf: VALID\./m);
  });

  it('honours the options: one clause, internal notes, and the evidence listed but not embedded', () => {
    const result = runPackCli(
      [
        'pack',
        'client.clausebook',
        '--out',
        'notes.pdf',
        '--identity',
        'id.p12',
        '--clauses',
        '4',
        '--internal-notes',
        '--no-evidence',
      ],
      { cwd, env },
    );
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(cwd, 'notes.pdf');
    expect(pdfsigAccepts(file)).toBe(true);
    const attachments = run('pdfdetach', ['-list', file]).stdout;
    // The manifest and the registers, but no evidence.
    expect(attachments).toMatch(/^7 embedded files$/m);
    expect(attachments).not.toMatch(/EVD-\d+/);
    const text = run('pdftotext', [file, '-']).stdout;
    expect(text).toContain('Helen agreed to refresh'); // the internal note on 4.1-02
    expect(text).toContain('Context of the organization');
    expect(text).not.toContain('Leadership and commitment');
    expect(runPackCli(['verify', 'notes.pdf'], { cwd }).status).toBe(0);
  });

  it('never overwrites a file, and asks for the passphrase the documented way', () => {
    writeFileSync(path.join(cwd, 'taken.pdf'), 'mine');
    const taken = runPackCli(['pack', 'client.clausebook', '--out', 'taken.pdf', '--identity', 'id.p12'], {
      cwd,
      env,
    });
    expect(taken.status).not.toBe(0);
    expect(taken.stderr).toMatch(/taken\.pdf already exists/);
    expect(readFileSync(path.join(cwd, 'taken.pdf'), 'utf8')).toBe('mine');

    const noPassphrase = runPackCli(['pack', 'client.clausebook', '--out', 'x.pdf', '--identity', 'id.p12'], {
      cwd,
    });
    expect(noPassphrase.status).toBe(2);
    expect(noPassphrase.stderr).toMatch(/CLAUSEBOOK_PASSPHRASE/);

    const wrong = runPackCli(['pack', 'client.clausebook', '--out', 'x.pdf', '--identity', 'id.p12'], {
      cwd,
      env: { CLAUSEBOOK_PASSPHRASE: 'not it at all' },
    });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/passphrase does not unlock/);

    const badClauses = runPackCli(
      ['pack', 'client.clausebook', '--out', 'x.pdf', '--identity', 'id.p12', '--clauses', '3'],
      {
        cwd,
        env,
      },
    );
    expect(badClauses.status).toBe(2);
    expect(badClauses.stderr).toMatch(/--clauses takes top-level clauses 4 to 10/);
  });
});
