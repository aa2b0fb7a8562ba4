import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClausebookError } from '../../../../src-main/api/errors';
import { OID } from '../../../../src-main/core/packs/identity/oids';
import { unlockIdentity } from '../../../../src-main/core/packs/identity/unlock-identity';
import { signPdf } from '../../../../src-main/core/packs/sign/sign-pdf';
import { PACK_HEADLINE, makeTestPack, type TestPack } from '../../../helpers/packs/test-pack';
import { makeTestIdentity, type TestIdentity } from '../../../helpers/packs/test-identity';
import { pdfsig, run, signatureContents, writeTemp } from '../../../helpers/packs/pack-tools';

const signingTime = new Date('2026-03-02T09:30:15Z');

describe('signing a pdfmake pack with a PAdES baseline B-B signature', () => {
  let dir: string;
  let identity: TestIdentity;
  let pack: TestPack;
  let signed: Buffer;
  let signedFile: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-sign-'));
    identity = makeTestIdentity(new Date('2026-01-01T00:00:00Z'));
    pack = await makeTestPack();
    signed = await signPdf(pack.pdf, identity.unlocked, {
      signingTime,
      signerName: 'Jane Doe',
      reason: 'Evidence pack PACK-TEST-0001 for Harbourline Managed Services Ltd',
      location: 'Bristol',
    });
    signedFile = writeTemp(dir, 'signed.pdf', signed);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is reported valid and total by pdfsig, as ETSI.CAdES.detached with SHA-256', () => {
    const report = pdfsig(signedFile);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('  - Total document signed');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
    expect(report).toContain('Signer Certificate Common Name: Jane Doe');
    // pdfsig takes the time from /M, as PAdES wants; it prints it in UTC here.
    expect(report).toContain('Signing Time: Mar 02 2026 09:30:15');
    expect(report.match(/Signature #\d/g)).toHaveLength(1);
  });

  it('keeps the document clean for qpdf and its text and attachments readable', () => {
    const check = run('qpdf', ['--check', signedFile]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
    expect(run('pdftotext', [signedFile, '-']).stdout).toContain(PACK_HEADLINE);
    const attachments = run('pdfdetach', ['-list', signedFile]).stdout;
    for (const name of [...pack.evidence.map((file) => file.attachmentName), 'clausebook-manifest.json'])
      expect(attachments).toContain(name);
  });

  it('covers every byte but the signature value, and writes the signing time as /M', () => {
    const text = signed.toString('latin1');
    const byteRange = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/.exec(text)!.slice(1).map(Number);
    const { start, end } = signatureContents(signed);
    expect(byteRange).toEqual([0, start, end, signed.length - end]);
    expect(text.slice(start, end)).toMatch(/^<[0-9a-f]+>$/);
    expect(text).toContain('/M (D:20260302093015Z)');
    expect(text).toContain('/SubFilter /ETSI.CAdES.detached');
  });

  it('signs with content-type, message-digest and signing-certificate-v2 and no CMS signing-time', () => {
    const { der } = signatureContents(signed);
    const cmsFile = writeTemp(dir, 'signature.der', der);
    const printed = run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', cmsFile]).stdout;
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
    const { start, end } = signatureContents(signed);
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

  it('signs with an imported EC (P-256) identity too', async () => {
    const key = writeTemp(dir, 'ec.key', Buffer.alloc(0));
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
    const ecSigned = writeTemp(
      dir,
      'ec-signed.pdf',
      await signPdf(pack.pdf, ec, { signingTime: new Date(), signerName: 'Elliptic Signer', reason: 'test' }),
    );
    const report = pdfsig(ecSigned);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
  });

  it('refuses a signing time outside the certificate validity, and a file that is not a PDF', async () => {
    const options = { signerName: 'Jane Doe', reason: 'test' };
    await expect(
      signPdf(pack.pdf, identity.unlocked, { ...options, signingTime: new Date('2030-01-01T00:00:00Z') }),
    ).rejects.toThrow(
      new ClausebookError(
        'IDENTITY_UNUSABLE',
        'The signing certificate is valid from 2026-01-01 to 2029-01-01, not at the signing time 2030-01-01.',
      ),
    );
    await expect(
      signPdf(Buffer.from('hello'), identity.unlocked, { ...options, signingTime }),
    ).rejects.toMatchObject({
      code: 'NOT_A_PDF',
      message: 'The document to sign is not a PDF.',
    });
  });
});
