import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClausebookError } from '../../../../src-main/api/errors';
import { buildSignedPack } from '../../../../src-main/core/packs/export/build-signed-pack';
import { OID } from '../../../../src-main/core/packs/identity/oids';
import { unlockIdentity } from '../../../../src-main/core/packs/identity/unlock-identity';
import { PdfSink } from '../../../../src-main/core/packs/pdf-write/pdf-sink';
import { revisionOf } from '../../../../src-main/core/packs/pdf-write/revision';
import { appendSignature } from '../../../../src-main/core/packs/sign/append-signature';
import type { SigningKey } from '../../../../src-main/core/packs/sign/cades-signature';
import type { SignPdfOptions } from '../../../../src-main/core/packs/sign/signature-options';
import {
  pdfsig,
  run,
  signatureContents,
  unsignedRevision,
  writeTemp,
} from '../../../helpers/packs/pack-tools';
import { makeTestIdentity, type TestIdentity } from '../../../helpers/packs/test-identity';
import {
  PACK_CLIENT,
  PACK_ID,
  makeTestPack,
  testPackInputs,
  type TestPack,
} from '../../../helpers/packs/test-pack';

const signingTime = new Date('2026-03-02T09:30:15Z');
/** What buildSignedPack asks append-signature for, for the test pack. */
const packSignature: SignPdfOptions = {
  signingTime,
  signerName: 'Jane Doe',
  reason: `Evidence pack ${PACK_ID} for ${PACK_CLIENT}`,
};

/** append-signature alone: the document written to a new file, then the signature appended to it. */
function signDocument(document: Buffer, key: SigningKey, options: SignPdfOptions, file: string) {
  const handle = openSync(file, 'wx');
  try {
    const sink = new PdfSink(handle);
    sink.write(document);
    appendSignature(sink, revisionOf(document), key, options);
    return { bytes: readFileSync(file), position: sink.position };
  } finally {
    closeSync(handle);
  }
}

describe('the PAdES baseline B-B signature the pack writer appends', () => {
  let dir: string;
  let identity: TestIdentity;
  let pack: TestPack;
  let signed: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-sign-'));
    identity = makeTestIdentity(new Date('2026-01-01T00:00:00Z'));
    pack = await makeTestPack(identity, dir);
    signed = pack.pdf;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is reported valid and total by pdfsig, as ETSI.CAdES.detached with SHA-256', () => {
    const report = pdfsig(pack.file);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('  - Total document signed');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
    expect(report).toContain('Signer Certificate Common Name: Jane Doe');
    // pdfsig takes the time from /M, as PAdES wants; it prints it in UTC here.
    expect(report).toContain('Signing Time: Mar 02 2026 09:30:15');
    expect(report.match(/Signature #\d/g)).toHaveLength(1);
  });

  it('keeps the pack clean for qpdf and its text and attachments readable', () => {
    const check = run('qpdf', ['--check', pack.file]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
    expect(run('pdftotext', [pack.file, '-']).stdout).toContain(
      'Managed hosting and service desk for UK customers.',
    );
    const attachments = run('pdfdetach', ['-list', pack.file]).stdout;
    for (const name of [...pack.evidence.map((file) => file.attachmentName), 'clausebook-manifest.json'])
      expect(attachments).toContain(name);
  });

  it('covers every byte but the signature value, writes the signing time as /M, and hashes what it wrote', () => {
    const text = signed.toString('latin1');
    const byteRange = /\/ByteRange \[(\d+) +(\d+) +(\d+) +(\d+) *\]/.exec(text)!.slice(1).map(Number);
    const { start, end } = signatureContents(signed);
    expect(byteRange).toEqual([0, start, end, signed.length - end]);
    expect(text.slice(start, end)).toMatch(/^<[0-9a-f]+>$/);
    expect(text).toContain('/M (D:20260302093015Z)');
    expect(text).toContain('/SubFilter /ETSI.CAdES.detached');
    // The SHA-256 and size the writer kept while writing are those of the file on disk.
    expect(pack.sha256).toBe(createHash('sha256').update(signed).digest('hex'));
    expect(pack.sizeBytes).toBe(signed.length);
  });

  it('is exactly what append-signature makes of the unsigned pack on its own', () => {
    const again = signDocument(
      unsignedRevision(signed),
      identity.unlocked,
      packSignature,
      path.join(dir, 'signed-again.pdf'),
    );
    expect(again.position).toBe(signed.length);
    expect(again.bytes.equals(signed)).toBe(true);
  });

  it('signs with content-type, message-digest and signing-certificate-v2 and no CMS signing-time', () => {
    const { der, start, end } = signatureContents(signed);
    const cmsFile = writeTemp(dir, 'signature.der', der);
    const printed = run('openssl', ['cms', '-inform', 'DER', '-cmsout', '-print', '-in', cmsFile]).stdout;
    const signedAttributes = printed.slice(
      printed.indexOf('signedAttrs:'),
      printed.indexOf('signatureAlgorithm:', printed.indexOf('signedAttrs:')),
    );
    const attributeTypes = [...signedAttributes.matchAll(/object: (\S+) \(([\d.]+)\)/g)].map(
      (match) => match[2],
    );
    expect(attributeTypes.sort()).toEqual(
      [OID.contentType, OID.messageDigest, OID.signingCertificateV2].sort(),
    );
    expect(printed).not.toContain('signingTime');
    expect(printed).toContain('eContent: <ABSENT>'); // detached
    // The certificate travels inside the signature.
    expect(printed).toMatch(/certificates:\s+d\.certificate:/);

    // signing-certificate-v2 holds the SHA-256 of exactly that certificate.
    const certificateHash = createHash('sha256')
      .update(identity.unlocked.certificateDer)
      .digest('hex')
      .toUpperCase();
    expect(signedAttributes.replace(/\s/g, '')).toContain(certificateHash);

    // OpenSSL verifies the CMS over the signed byte ranges on its own.
    const content = writeTemp(
      dir,
      'ranges.bin',
      Buffer.concat([signed.subarray(0, start), signed.subarray(end)]),
    );
    const verified = run('openssl', [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      cmsFile,
      '-content',
      content,
      '-noverify',
      '-out',
      '/dev/null',
    ]);
    expect(verified.stderr).toContain('Verification successful');
  });

  it('signs with an imported EC (P-256) identity too', () => {
    const key = path.join(dir, 'ec.key');
    run('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key]);
    const certificate = path.join(dir, 'ec.pem');
    run('openssl', [
      'req',
      '-x509',
      '-new',
      '-key',
      key,
      '-out',
      certificate,
      '-days',
      '30',
      '-subj',
      '/CN=Elliptic Signer/emailAddress=ec@example.com',
    ]);
    const p12 = path.join(dir, 'ec.p12');
    run('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      key,
      '-in',
      certificate,
      '-out',
      p12,
      '-passout',
      'pass:ec passphrase',
    ]);
    const ec = unlockIdentity(readFileSync(p12), 'ec passphrase');
    expect(ec.privateKey.asymmetricKeyType).toBe('ec');
    const ecSigned = path.join(dir, 'ec-signed.pdf');
    signDocument(
      unsignedRevision(signed),
      ec,
      { signingTime: new Date(), signerName: 'Elliptic Signer', reason: 'test' },
      ecSigned,
    );
    const report = pdfsig(ecSigned);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signer Certificate Common Name: Elliptic Signer');
  });

  it('refuses a signing time outside the certificate validity before writing a byte', () => {
    const document = unsignedRevision(signed);
    for (const [time, shown] of [
      ['2030-01-01T00:00:00Z', '2030-01-01'],
      ['2025-12-31T23:59:59Z', '2025-12-31'],
    ] as const) {
      const handle = openSync(path.join(dir, `expired-${shown}.pdf`), 'wx');
      try {
        const sink = new PdfSink(handle);
        sink.write(document);
        expect(() =>
          appendSignature(sink, revisionOf(document), identity.unlocked, {
            ...packSignature,
            signingTime: new Date(time),
          }),
        ).toThrow(
          new ClausebookError(
            'IDENTITY_UNUSABLE',
            `The signing certificate is valid from 2026-01-01 to 2029-01-01, not at the signing time ${shown}.`,
          ),
        );
        expect(sink.position).toBe(document.length);
      } finally {
        closeSync(handle);
      }
    }
  });

  it('refuses an export with a certificate outside its validity, leaving no file behind', async () => {
    const folder = mkdtempSync(path.join(dir, 'expired-export-'));
    const inputs = await testPackInputs(identity, folder);
    const request = { ...inputs.request, generatedAt: '2030-01-01T00:00:00.000Z' };
    const exported = buildSignedPack(request, () => undefined, inputs.readEvidence).finally(inputs.close);
    await expect(exported).rejects.toMatchObject({
      code: 'IDENTITY_UNUSABLE',
      message:
        'The signing certificate is valid from 2026-01-01 to 2029-01-01, not at the signing time 2030-01-01.',
    });
    expect(existsSync(request.outputPath)).toBe(false);
    // Only the workspace's folder: no pack, and no part of one under another name.
    expect(readdirSync(folder)).toEqual(['pack.pdf.workspace']);
  });

  it('does not sign a document that is already signed', () => {
    const handle = openSync(path.join(dir, 'twice.pdf'), 'wx');
    try {
      const sink = new PdfSink(handle);
      sink.write(signed);
      expect(() => appendSignature(sink, revisionOf(signed), identity.unlocked, packSignature)).toThrow(
        'the document already has a form',
      );
      expect(sink.position).toBe(signed.length);
    } finally {
      closeSync(handle);
    }
  });
});
