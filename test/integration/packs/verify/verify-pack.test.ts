import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPdf } from '../../../../src-main/core/packs/sign/sign-pdf';
import { extractEmbeddedFile } from '../../../../src-main/core/packs/verify/embedded-files';
import {
  packVerificationSchema,
  type PackVerification,
} from '../../../../src-main/core/packs/verify/pack-verification';
import { verifyPack } from '../../../../src-main/core/packs/verify/verify-pack';
import {
  appendIncrementalUpdate,
  firstPageContentOffset,
  flipByte,
  locateAttachment,
  nextObjectNumber,
  pdfsig,
  pdfsigAccepts,
  run,
  signatureContents,
  writeTemp,
} from '../../../helpers/packs/pack-tools';
import { makeTestIdentity, type TestIdentity } from '../../../helpers/packs/test-identity';
import { makeTestPack, type TestPack, type TestPackOptions } from '../../../helpers/packs/test-pack';

const signingTime = new Date('2026-03-02T09:30:15Z');

function failedChecks(report: PackVerification): string[] {
  return report.checks.filter((check) => !check.ok).map((check) => check.id);
}

describe('verifying a signed pack', () => {
  let dir: string;
  let identity: TestIdentity;
  let pack: TestPack;
  let signed: Buffer;

  const sign = async (pdf: Buffer) =>
    signPdf(pdf, identity.unlocked, {
      signingTime,
      signerName: 'Jane Doe',
      reason: 'Evidence pack PACK-TEST-0001',
    });
  const signedPack = async (options: TestPackOptions) => sign((await makeTestPack(options)).pdf);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-verify-'));
    identity = makeTestIdentity(new Date('2026-01-01T00:00:00Z'));
    pack = await makeTestPack();
    signed = await sign(pack.pdf);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an untouched pack valid, with its signer, signing time and every evidence file', () => {
    const report = verifyPack(signed);
    expect(packVerificationSchema.parse(report)).toEqual(report);
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
    expect(report.coversWholeFile).toBe(true);
    expect(report.manifest).toEqual({ ok: true, value: pack.manifest });
    expect(report.files).toEqual(
      pack.manifest.files.map((file) => ({
        attachmentName: file.attachmentName,
        fileName: file.fileName,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        embedded: true,
        ok: true,
      })),
    );
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
    const expectRejected = (name: string, tampered: Buffer, failing: string[]) => {
      const report = verifyPack(tampered);
      expect(report.valid, name).toBe(false);
      for (const id of failing) expect(failedChecks(report), name).toContain(id);
      expect(pdfsigAccepts(writeTemp(dir, `${name}.pdf`, tampered)), name).toBe(false);
      return report;
    };

    it('a byte changed in the page content', () => {
      const tampered = flipByte(signed, firstPageContentOffset(signed) + 20);
      const report = expectRejected('page-content', tampered, ['content-unchanged']);
      expect(report.checks.find((check) => check.id === 'content-unchanged')?.message).toBe(
        'The document was changed after it was signed: its content no longer matches the signature.',
      );
      expect(pdfsig(writeTemp(dir, 'page-content.pdf', tampered))).toContain(
        'Signature Validation: Digest Mismatch.',
      );
    });

    it('a byte changed inside an embedded evidence file', () => {
      const { dataStart } = locateAttachment(signed, pack.evidence[0]!.attachmentName);
      const report = expectRejected('attachment', flipByte(signed, dataStart + 10), [
        'content-unchanged',
        'evidence-files',
      ]);
      const file = report.files.find((entry) => entry.attachmentName === pack.evidence[0]!.attachmentName);
      expect(file?.ok).toBe(false);
      expect(file?.problem).toMatch(/damaged|changed/);
    });

    it('a byte changed in the signature value', () => {
      const { start, der } = signatureContents(signed);
      // The RSA signature value is the last element of the CMS: change a hex digit in its middle.
      const offset = start + 1 + (der.length - 100) * 2;
      const tampered = Buffer.from(signed);
      tampered[offset] = tampered[offset] === 0x30 ? 0x31 : 0x30;
      const report = expectRejected('signature-value', tampered, ['signature-value']);
      expect(report.checks.find((check) => check.id === 'content-unchanged')?.ok).toBe(true);
    });

    it('the space reserved for the signature filled in after signing', () => {
      const { end } = signatureContents(signed);
      expectRejected('padding', flipByte(signed, end - 20), ['whole-file']);
    });

    it('an incremental update appended that swaps an evidence file', () => {
      const target = pack.evidence[0]!;
      const { fileSpecNum } = locateAttachment(signed, target.attachmentName);
      const stream = nextObjectNumber(signed);
      const forged = 'Supplier register, reviewed 2026-03-01.\nNo open actions.\n';
      const updated = appendIncrementalUpdate(signed, [
        {
          num: stream,
          body: `<< /Type /EmbeddedFile /Length ${forged.length} >>\nstream\n${forged}\nendstream`,
        },
        {
          num: fileSpecNum,
          body: `<< /Type /Filespec /F (${target.attachmentName}) /UF (${target.attachmentName}) /EF << /F ${stream} 0 R >> >>`,
        },
      ]);
      // The update is well formed: the swapped file is what a reader now extracts.
      expect(extractEmbeddedFile(updated, target.attachmentName).toString()).toBe(forged);
      const report = expectRejected('incremental-update', updated, ['whole-file', 'evidence-files']);
      expect(report.coversWholeFile).toBe(false);
      expect(report.checks.find((check) => check.id === 'whole-file')?.message).toMatch(
        /^\d+ bytes were added to the end of the file after it was signed/,
      );
      // The signed revision itself is intact: what changed is what was added.
      expect(report.checks.find((check) => check.id === 'content-unchanged')?.ok).toBe(true);
      expect(pdfsig(writeTemp(dir, 'incremental-update.pdf', updated))).toContain(
        'Not total document signed',
      );
    });

    it('the signature value blanked out', () => {
      const { start, end } = signatureContents(signed);
      const blanked = Buffer.concat([
        signed.subarray(0, start + 1),
        Buffer.alloc(end - start - 2, '0'),
        signed.subarray(end - 1),
      ]);
      const report = expectRejected('blanked', blanked, [
        'signature-value',
        'content-unchanged',
        'certificate-bound',
      ]);
      expect(report.signer).toBeNull();
      expect(report.checks.find((check) => check.id === 'signature-value')?.message).toMatch(
        /^The signature value is damaged and cannot be read/,
      );
    });

    it('a second signature added', async () => {
      const twice = await sign(signed);
      const report = expectRejected('second-signature', twice, ['one-signature', 'whole-file']);
      expect(report.checks[0]?.message).toMatch(/carries 2 signatures/);
    });

    it('the signature removed: the unsigned document is refused as unsigned', () => {
      expect(() => verifyPack(pack.pdf)).toThrow(expect.objectContaining({ code: 'PACK_UNSIGNED' }));
      expect(pdfsig(writeTemp(dir, 'unsigned.pdf', pack.pdf))).toContain('does not contain any signatures');
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
        '1 of 2 evidence files do not match the signed manifest: "EV-0002 Review minutes.pdf".',
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
      expect(report.files.every((file) => file.ok && !file.embedded)).toBe(true);
      expect(report.checks.at(-1)?.message).toBe(
        '2 evidence files are listed by fingerprint without being embedded.',
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
