import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packVerificationSchema } from '../../../../src-main/core/packs/verify/pack-verification';
import { verifyPackFile } from '../../../../src-main/core/packs/verify/verify-pack';
import { unsignedRevision, writeTemp } from '../../../helpers/packs/pack-tools';
import { runPackCli } from '../../../helpers/packs/pack-cli';
import { tamperedPacks, type TamperedPack } from '../../../helpers/packs/tamper-corpus';
import { makeTestIdentity, type TestIdentity } from '../../../helpers/packs/test-identity';
import { makeTestPack, type TestPack } from '../../../helpers/packs/test-pack';

describe('clausebook verify', { timeout: 60_000 }, () => {
  let cwd: string;
  let identity: TestIdentity;
  let pack: TestPack;
  let corpus: TamperedPack[];

  beforeAll(async () => {
    cwd = mkdtempSync(path.join(tmpdir(), 'clausebook-verify-cli-'));
    identity = makeTestIdentity(new Date('2026-01-01T00:00:00Z'));
    pack = await makeTestPack(identity, cwd);
    corpus = tamperedPacks(pack, identity);
    for (const tampered of corpus) writeTemp(cwd, `${tampered.name}.pdf`, tampered.bytes);
    writeTemp(cwd, 'appended.pdf', Buffer.concat([pack.pdf, Buffer.from('% one more line\n')]));
    writeTemp(cwd, 'unsigned.pdf', unsignedRevision(pack.pdf));
    writeFileSync(path.join(cwd, 'notes.txt'), 'not a pdf');
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('exits 0 for an untouched pack and says who signed it, when, and that each file matches', () => {
    const result = runPackCli(['verify', 'pack.pdf'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { certificate } = identity.unlocked;
    expect(result.stdout).toMatch(
      /^pack\.pdf: VALID\. The pack is signed and nothing in it has changed since it was signed\.$/m,
    );
    expect(result.stdout).toMatch(
      /^Signer\s+Jane Doe \(Northgate Assurance Ltd, jane\.doe@northgate\.example\)$/m,
    );
    expect(result.stdout).toContain(`SHA-256 ${certificate.fingerprintSha256}`);
    expect(result.stdout).toMatch(/^Signed at\s+2026-03-02 09:30:15 UTC \(as stated by the signer\)$/m);
    // Every check, then every file the manifest lists (the evidence and the register files).
    expect(result.stdout.match(/^ {2}\[ok\] {5}/gm)).toHaveLength(9 + verifyPackFile(pack.file).files.length);
    for (const evidence of pack.evidence)
      expect(result.stdout).toContain(`[ok]     ${evidence.attachmentName} (`);
    expect(result.stdout).not.toContain('[FAILED]');
  });

  it('exits 1 for a changed pack and names what failed', () => {
    const result = runPackCli(['verify', 'page-content.pdf'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^page-content\.pdf: NOT VALID\./m);
    expect(result.stdout).toContain(
      '  [FAILED] The document was changed after it was signed: its content no longer matches the signature.',
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^clausebook verify: page-content\.pdf is NOT valid: The document was changed after it was signed/,
    );

    const appended = runPackCli(['verify', 'appended.pdf'], { cwd });
    expect(appended.status).toBe(1);
    expect(appended.stdout).toContain(
      '[FAILED] 16 bytes were added to the end of the file after it was signed',
    );
  });

  it('prints the whole report as JSON with --json, with the same exit codes', () => {
    const valid = runPackCli(['verify', 'pack.pdf', '--json'], { cwd });
    expect(valid.status).toBe(0);
    expect(packVerificationSchema.parse(JSON.parse(valid.stdout))).toMatchObject({
      valid: true,
      manifest: { ok: true, value: expect.objectContaining({ files: pack.manifest.files }) },
    });
    const tampered = runPackCli(['verify', 'page-content.pdf', '--json'], { cwd });
    expect(tampered.status).toBe(1);
    expect(JSON.parse(tampered.stdout)).toMatchObject({ valid: false });
  });

  it('exits 1 for every pack of the tamper corpus, and names a failed check for each', () => {
    expect(corpus).toHaveLength(7);
    for (const { name, failing } of corpus) {
      const result = runPackCli(['verify', `${name}.pdf`, '--json'], { cwd });
      expect(result.status, name).toBe(1);
      const report = packVerificationSchema.parse(JSON.parse(result.stdout));
      expect(report.valid, name).toBe(false);
      const failed = report.checks.filter((check) => !check.ok).map((check) => check.id);
      for (const id of failing) expect(failed, name).toContain(id);
    }
  });

  it('exits 2 for a PDF without a signature, a file that is not a PDF, and a missing file', () => {
    expect(runPackCli(['verify', 'unsigned.pdf'], { cwd })).toMatchObject({
      status: 2,
      stdout: '',
      stderr:
        'clausebook verify: unsigned.pdf: This PDF has no digital signature, so nothing shows whether it was changed. A Clausebook evidence pack is always signed: ask the sender for the signed pack.\n',
    });
    expect(runPackCli(['verify', 'notes.txt'], { cwd })).toMatchObject({
      status: 2,
      stderr: 'clausebook verify: notes.txt: This file is not a PDF.\n',
    });
    expect(runPackCli(['verify', 'absent.pdf'], { cwd })).toMatchObject({
      status: 2,
      stderr: 'clausebook verify: absent.pdf does not exist.\n',
    });
  });

  it('is listed in the overview with identity', () => {
    const overview = runPackCli(['--help'], { cwd });
    expect(overview.stdout).toMatch(/^ {2}verify +Check a signed evidence pack/m);
    expect(overview.stdout).toMatch(/^ {2}identity +Create a signing identity/m);
    expect(runPackCli(['verify', '--help'], { cwd }).stdout).toContain(
      'Usage: clausebook verify <pack.pdf> [--json]',
    );
  });
});
