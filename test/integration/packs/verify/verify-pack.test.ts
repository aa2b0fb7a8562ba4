import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractEmbeddedFile } from '../../../../src-main/core/packs/verify/embedded-files';
import {
  packVerificationSchema,
  type PackVerification,
} from '../../../../src-main/core/packs/verify/pack-verification';
import { verifyPack, verifyPackFile } from '../../../../src-main/core/packs/verify/verify-pack';
import { pdfsig, pdfsigAccepts, run, unsignedRevision, writeTemp } from '../../../helpers/packs/pack-tools';
import { FORGED_EVIDENCE, tamperedPacks, type TamperedPack } from '../../../helpers/packs/tamper-corpus';
import { makeTestIdentity, type TestIdentity } from '../../../helpers/packs/test-identity';
import { makeTestPack, type TestPack, type TestPackOptions } from '../../../helpers/packs/test-pack';

function failedChecks(report: PackVerification): string[] {
  return report.checks.filter((check) => !check.ok).map((check) => check.id);
}

describe('verifying a signed pack written by the pack writer', () => {
  let dir: string;
  let identity: TestIdentity;
  let pack: TestPack;
  let signed: Buffer;
  let corpus: Map<string, TamperedPack>;
  let packs = 0;

  const signedPack = async (options: TestPackOptions) =>
    (await makeTestPack(identity, dir, `pack-${++packs}.pdf`, options)).pdf;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-verify-'));
    identity = makeTestIdentity(new Date('2026-01-01T00:00:00Z'));
    pack = await makeTestPack(identity, dir);
    signed = pack.pdf;
    corpus = new Map(tamperedPacks(pack, identity).map((tampered) => [tampered.name, tampered]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an untouched pack valid, with its signer, signing time and every evidence file', () => {
    const report = verifyPack(signed);
    expect(packVerificationSchema.parse(report)).toEqual(report);
    // Read from disk by position, the same file gets the same report.
    expect(verifyPackFile(pack.file)).toEqual(report);
    expect(report.valid).toBe(true);
    expect(failedChecks(report)).toEqual([]);
    expect(report.checks.map((check) => check.id)).toEqual([
      'one-signature',
      'whole-file',
      'content-unchanged',
      'signature-value',
      'certificate-bound',
      'pades-baseline',
      'certificate-period',
      'manifest',
      'evidence-files',
    ]);
    expect(report.signer).toEqual(identity.unlocked.certificate);
    expect(report.signingTime).toBe('2026-03-02T09:30:15.000Z');
    expect(report.signerName).toBe('Jane Doe');
    expect(pdfsigAccepts(pack.file)).toBe(true);
    const check = run('qpdf', ['--check', pack.file]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
    expect(report.coversWholeFile).toBe(true);
    expect(report.manifest).toMatchObject({ ok: true, value: pack.manifest });
    const evidenceNames = new Set(pack.evidence.map((file) => file.attachmentName));
    expect(report.files.filter((file) => evidenceNames.has(file.attachmentName))).toEqual(
      pack.manifest.files.map((file) => ({
        attachmentName: file.attachmentName,
        fileName: file.fileName,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        embedded: true,
        ok: true,
      })),
    );
    // The other attachments (the register files) are listed by the manifest too, and match it.
    expect(report.files.every((file) => file.ok && file.embedded)).toBe(true);
  });

  it('extracts each embedded file byte for byte, and names an attachment that is not there', () => {
    for (const evidence of pack.evidence)
      expect(extractEmbeddedFile(signed, evidence.attachmentName)).toEqual(evidence.bytes);
    expect(() => extractEmbeddedFile(signed, 'EV-9999 nothing.txt')).toThrow(
      expect.objectContaining({
        code: 'NOT_FOUND',
        message: 'The document has no attachment named "EV-9999 nothing.txt".',
      }),
    );
  });

  describe('rejects every kind of change after signing, as pdfsig does', () => {
    /** verifyPack and verifyPackFile both report the pack not valid, naming the failed checks; pdfsig does not accept it. */
    const expectRejected = (name: string) => {
      const { bytes, failing } = corpus.get(name)!;
      const file = writeTemp(dir, `${name}.pdf`, bytes);
      const report = verifyPack(bytes);
      expect(report.valid, name).toBe(false);
      for (const id of failing) expect(failedChecks(report), name).toContain(id);
      expect(verifyPackFile(file), name).toEqual(report);
      expect(pdfsigAccepts(file), name).toBe(false);
      return { report, file };
    };

    it('covers the whole corpus, each case different from the signed pack', () => {
      expect([...corpus.keys()]).toEqual([
        'page-content',
        'attachment',
        'signature-value',
        'reserved-space',
        'incremental-update',
        'blanked',
        'second-signature',
      ]);
      for (const { name, bytes } of corpus.values()) expect(bytes.equals(signed), name).toBe(false);
    });

    it('a byte changed in the page content', () => {
      const { report, file } = expectRejected('page-content');
      expect(report.checks.find((check) => check.id === 'content-unchanged')?.message).toBe(
        'The document was changed after it was signed: its content no longer matches the signature.',
      );
      expect(pdfsig(file)).toContain('Signature Validation: Digest Mismatch.');
    });

    it('a byte changed inside an embedded evidence file', () => {
      const { report, file } = expectRejected('attachment');
      const changed = report.files.find((entry) => entry.attachmentName === pack.evidence[0]!.attachmentName);
      expect(changed?.ok).toBe(false);
      expect(changed?.problem).toMatch(/damaged|changed/);
      expect(pdfsig(file)).toContain('Signature Validation: Digest Mismatch.');
    });

    it('a byte changed in the signature value', () => {
      const { report } = expectRejected('signature-value');
      expect(report.checks.find((check) => check.id === 'content-unchanged')?.ok).toBe(true);
    });

    it('the space reserved for the signature filled in after signing', () => {
      const { report } = expectRejected('reserved-space');
      expect(report.checks.find((check) => check.id === 'content-unchanged')?.ok).toBe(true);
    });

    it('an incremental update appended that swaps an evidence file', () => {
      const { bytes } = corpus.get('incremental-update')!;
      // The update is well formed: the swapped file is what a reader now extracts.
      expect(extractEmbeddedFile(bytes, pack.evidence[0]!.attachmentName).toString()).toBe(FORGED_EVIDENCE);
      const { report, file } = expectRejected('incremental-update');
      expect(report.coversWholeFile).toBe(false);
      expect(report.checks.find((check) => check.id === 'whole-file')?.message).toMatch(
        /^\d+ bytes were added to the end of the file after it was signed/,
      );
      // The signed revision itself is intact: what changed is what was added.
      expect(report.checks.find((check) => check.id === 'content-unchanged')?.ok).toBe(true);
      expect(pdfsig(file)).toContain('Not total document signed');
    });

    it('the signature value blanked out', () => {
      const { report } = expectRejected('blanked');
      expect(report.signer).toBeNull();
      expect(report.checks.find((check) => check.id === 'signature-value')?.message).toMatch(
        /^The signature value is damaged and cannot be read/,
      );
    });

    it('a second signature added', () => {
      const { report, file } = expectRejected('second-signature');
      expect(report.checks[0]?.message).toMatch(/carries 2 signatures/);
      // The second signature itself is sound: pdfsig finds both, the first no longer total.
      const shown = pdfsig(file);
      expect(shown.match(/Signature #\d/g)).toHaveLength(2);
      expect(shown).toContain('Not total document signed');
    });

    it('the signature removed: the unsigned pack is refused as unsigned', () => {
      const unsigned = unsignedRevision(signed);
      const file = writeTemp(dir, 'unsigned.pdf', unsigned);
      // What is left is the pack's document and attachments, readable on their own.
      expect(run('pdfdetach', ['-list', file]).stdout).toContain(pack.evidence[0]!.attachmentName);
      const refusal = expect.objectContaining({ code: 'PACK_UNSIGNED' });
      expect(() => verifyPack(unsigned)).toThrow(refusal);
      expect(() => verifyPackFile(file)).toThrow(refusal);
      expect(pdfsig(file)).toContain('does not contain any signatures');
    });
  });

  describe('checks the evidence against the signed manifest', () => {
    it('names a file whose content differs from the manifest', async () => {
      const report = verifyPack(
        await signedPack({
          editManifest: (manifest) => ({
            ...manifest,
            files: manifest.files.map((file, index) =>
              index === 1 ? { ...file, sha256: '0'.repeat(64) } : file,
            ),
          }),
        }),
      );
      expect(failedChecks(report)).toEqual(['evidence-files']);
      expect(report.checks.at(-1)?.message).toBe(
        `1 of 2 evidence files do not match the signed manifest: "${pack.evidence[1]!.attachmentName}".`,
      );
      expect(report.files[1]?.problem).toMatch(/SHA-256 fingerprint does not match/);
    });

    it('names a file the manifest lists that is missing, and an embedded file it does not list', async () => {
      const evidence = pack.evidence[0]!;
      const report = verifyPack(
        await signedPack({
          editManifest: (manifest) => ({
            ...manifest,
            files: [
              ...manifest.files,
              { ...manifest.files[0]!, attachmentName: 'EV-0003 Lost.txt', evidenceCode: 'EV-0003' },
            ],
          }),
          unlistedFile: { ...evidence, attachmentName: 'EV-0099 Extra.txt' },
        }),
      );
      expect(failedChecks(report)).toEqual(['evidence-files']);
      const problems = Object.fromEntries(report.files.map((file) => [file.attachmentName, file.problem]));
      expect(problems['EV-0003 Lost.txt']).toBe('The file is missing from the pack.');
      expect(problems['EV-0099 Extra.txt']).toBe(
        'The pack holds this file, but the manifest does not list it.',
      );
    });

    it('accepts evidence listed without being embedded, and says so', async () => {
      const report = verifyPack(await signedPack({ evidenceEmbedded: false }));
      expect(report.valid).toBe(true);
      const evidence = report.files.filter((file) =>
        pack.evidence.some((listed) => listed.attachmentName === file.attachmentName),
      );
      expect(evidence).toHaveLength(2);
      expect(evidence.every((file) => file.ok && !file.embedded)).toBe(true);
      expect(report.checks.at(-1)?.message).toMatch(
        /^2 evidence files are listed by fingerprint without being embedded\./,
      );
    });

    it('fails a pack without a manifest', async () => {
      const report = verifyPack(await signedPack({ withoutManifest: true }));
      expect(failedChecks(report)).toEqual(['manifest', 'evidence-files']);
      expect(report.manifest).toEqual({
        ok: false,
        reason: 'The pack has no evidence manifest (clausebook-manifest.json).',
      });
    });
  });

  describe('refuses what is not a signed PDF it can read', () => {
    it('a file that is not a PDF', () => {
      expect(() => verifyPack(Buffer.from('PK\u0003\u0004 a zip file'))).toThrow(
        expect.objectContaining({ code: 'NOT_A_PDF', message: 'This file is not a PDF.' }),
      );
    });

    it('a PDF cut short', () => {
      expect(() => verifyPack(signed.subarray(0, signed.length - 2000))).toThrow(
        expect.objectContaining({
          code: 'NOT_A_PDF',
          message: 'This file is not a readable PDF: it was cut short, or something was added after its end.',
        }),
      );
    });

    it('a PDF rewritten with compressed cross-reference streams', () => {
      const input = writeTemp(dir, 'input.pdf', signed);
      const output = path.join(dir, 'object-streams.pdf');
      run('qpdf', ['--object-streams=generate', input, output]);
      expect(() => verifyPack(readFileSync(output))).toThrow(
        expect.objectContaining({
          code: 'PDF_UNSUPPORTED',
          message: expect.stringContaining('compressed cross-reference stream'),
        }),
      );
    });
  });
});
