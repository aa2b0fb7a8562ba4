import { X509Certificate, createPublicKey, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificatePem } from '../../../../src-main/core/packs/identity/certificate-info';
import { createIdentity } from '../../../../src-main/core/packs/identity/create-identity';
import {
  WRONG_PASSPHRASE_MESSAGE,
  unlockIdentity,
  unlockIdentityInSlices,
} from '../../../../src-main/core/packs/identity/unlock-identity';
import { run } from '../../../helpers/packs/pack-tools';
import { TEST_PASSPHRASE, makeTestIdentity, type TestIdentity } from '../../../helpers/packs/test-identity';

const opensslPassphrase = 'open sesame 42';

describe('signing identities', () => {
  let dir: string;
  let identity: TestIdentity;
  /** A key and self-signed certificate made by OpenSSL, as a certificate authority's customer might hold them. */
  let opensslKey: string;
  let opensslCertificate: string;

  const openssl = (...args: string[]) => {
    const result = run('openssl', args);
    if (result.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${result.stderr}`);
    return result.stdout + result.stderr;
  };
  const exportP12 = (name: string, ...extra: string[]) => {
    const file = path.join(dir, name);
    openssl(
      'pkcs12',
      '-export',
      '-inkey',
      opensslKey,
      '-in',
      opensslCertificate,
      '-out',
      file,
      '-passout',
      `pass:${opensslPassphrase}`,
      ...extra,
    );
    return readFileSync(file);
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-identity-'));
    identity = makeTestIdentity();
    opensslKey = path.join(dir, 'ca-customer.key');
    opensslCertificate = path.join(dir, 'ca-customer.pem');
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      opensslKey,
      '-out',
      opensslCertificate,
      '-days',
      '30',
      '-subj',
      '/CN=Ola Nordmann/O=Fjord Audit AS/emailAddress=ola@fjord.example',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates an RSA-3072 key and a self-signed document-signing certificate', () => {
    const { certificate, certificateDer, privateKey } = identity.unlocked;
    expect(certificate.subject).toEqual({
      commonName: 'Jane Doe',
      organisation: 'Northgate Assurance Ltd',
      email: 'jane.doe@northgate.example',
    });
    expect(certificate.issuer).toBe('CN=Jane Doe, O=Northgate Assurance Ltd, E=jane.doe@northgate.example');
    expect(certificate.selfSigned).toBe(true);
    expect(certificate.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(certificate.serialNumber).toMatch(/^[0-9A-F]{32}$/);
    expect(
      new Date(certificate.notAfter).getUTCFullYear() - new Date(certificate.notBefore).getUTCFullYear(),
    ).toBe(3);
    expect(privateKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    expect(createPublicKey(privateKey).export({ format: 'der', type: 'spki' })).toEqual(
      new X509Certificate(certificateDer).publicKey.export({ format: 'der', type: 'spki' }),
    );

    // OpenSSL reads the certificate the same way, extensions included.
    const pemFile = path.join(dir, 'jane.pem');
    writeFileSync(pemFile, certificatePem(certificateDer));
    const text = openssl('x509', '-in', pemFile, '-noout', '-text', '-fingerprint', '-sha256');
    expect(text).toContain(`sha256 Fingerprint=${certificate.fingerprintSha256}`);
    expect(text).toContain('Public-Key: (3072 bit)');
    expect(text).toContain('Signature Algorithm: sha256WithRSAEncryption');
    expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Non Repudiation/);
    expect(text).toMatch(/X509v3 Extended Key Usage:\s+E-mail Protection, 1\.3\.6\.1\.5\.5\.7\.3\.36/);
    expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/);
    expect(text).toContain('email:jane.doe@northgate.example');
  });

  it('stores the key as a PKCS#12 that OpenSSL opens with the passphrase: AES-256, SHA-256 MAC', () => {
    const file = path.join(dir, 'jane.p12');
    writeFileSync(file, identity.p12);
    const info = openssl('pkcs12', '-in', file, '-info', '-nodes', '-passin', `pass:${TEST_PASSPHRASE}`);
    expect(info).toContain('MAC: sha256');
    expect(info).toMatch(/Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration \d+, PRF hmacWithSHA256/);
    expect(info).toContain('friendlyName: Jane Doe');
    expect(info).toContain('-----BEGIN PRIVATE KEY-----');
    expect(
      run('openssl', ['pkcs12', '-in', file, '-info', '-nokeys', '-passin', 'pass:not the passphrase'])
        .stderr,
    ).toMatch(/Mac verify error: invalid password/);
  });

  it('unlocks only with the right passphrase, and says so plainly', () => {
    expect(unlockIdentity(identity.p12, TEST_PASSPHRASE).certificate).toEqual(identity.unlocked.certificate);
    expect(() => unlockIdentity(identity.p12, 'Correct horse battery')).toThrow(
      expect.objectContaining({ code: 'WRONG_PASSPHRASE', message: WRONG_PASSPHRASE_MESSAGE }),
    );
    expect(WRONG_PASSPHRASE_MESSAGE).toBe('The passphrase does not unlock this signing identity.');
  });

  it('names a file that is not a signing identity, or a damaged one', () => {
    for (const bytes of [Buffer.from('%PDF-1.7 not a key at all'), identity.p12.subarray(0, 900)]) {
      expect(() => unlockIdentity(bytes, TEST_PASSPHRASE)).toThrow(
        expect.objectContaining({
          code: 'IDENTITY_UNREADABLE',
          message: expect.stringMatching(
            /^This file is not a signing identity Clausebook can use: it is not a readable PKCS#12 file .*Choose a \.p12 or \.pfx file exported with its private key\.$/,
          ),
        }),
      );
    }
  });

  it('checks every field and names each problem', () => {
    expect(() =>
      createIdentity({
        name: '  ',
        organisation: 'x'.repeat(65),
        email: 'jane@',
        passphrase: 'short',
        validityYears: 11,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        message:
          "Enter the signer's name. Shorten the organisation to 64 characters or fewer. Enter an email address like name@example.com. Choose a passphrase of at least 8 characters. Choose a validity of 1 to 10 whole years.",
      }),
    );
  });

  it('keeps names in any script and passphrases beyond ASCII', () => {
    const passphrase = 'Пароль für Ελένη';
    const { p12, certificate } = createIdentity({
      name: 'Ελένη Παπαδοπούλου',
      organisation: 'Звезда Аудит',
      email: 'eleni@zvezda.example',
      passphrase,
    });
    expect(certificate.subject.commonName).toBe('Ελένη Παπαδοπούλου');
    expect(certificate.subject.organisation).toBe('Звезда Аудит');
    expect(unlockIdentity(p12, passphrase).certificate).toEqual(certificate);
    // OpenSSL derives the same keys from the passphrase: the file is portable.
    const file = path.join(dir, 'eleni.p12');
    writeFileSync(file, p12);
    const result = run('openssl', ['pkcs12', '-in', file, '-nokeys', '-passin', 'env:P12_PASS'], {
      env: { ...process.env, P12_PASS: passphrase },
    });
    expect(result.status, result.stderr).toBe(0);
  });

  it('opens identities made by OpenSSL (current and legacy encryption) and by forge', () => {
    const expected = {
      commonName: 'Ola Nordmann',
      organisation: 'Fjord Audit AS',
      email: 'ola@fjord.example',
    };
    for (const bytes of [exportP12('current.p12'), exportP12('legacy.p12', '-legacy')]) {
      const unlocked = unlockIdentity(bytes, opensslPassphrase);
      expect(unlocked.certificate.subject).toEqual(expected);
      expect(unlocked.privateKey.asymmetricKeyType).toBe('rsa');
      expect(() => unlockIdentity(bytes, 'open sesame 43')).toThrow(
        expect.objectContaining({ code: 'WRONG_PASSPHRASE' }),
      );
    }

    const key = forge.pki.privateKeyFromPem(readFileSync(opensslKey, 'utf8'));
    const certificate = forge.pki.certificateFromPem(readFileSync(opensslCertificate, 'utf8'));
    const forgeP12 = Buffer.from(
      forge.asn1
        .toDer(forge.pkcs12.toPkcs12Asn1(key, [certificate], opensslPassphrase, { algorithm: '3des' }))
        .getBytes(),
      'binary',
    );
    expect(unlockIdentity(forgeP12, opensslPassphrase).certificate.subject).toEqual(expected);
  });

  it('refuses a file with a certificate but no private key', () => {
    const certificateOnly = exportP12('certificate-only.p12', '-nokeys');
    expect(() => unlockIdentity(certificateOnly, opensslPassphrase)).toThrow(
      expect.objectContaining({
        code: 'IDENTITY_UNUSABLE',
        message:
          'This file holds a certificate but no private key, so it cannot sign. Export the identity again including its private key.',
      }),
    );
  });
  it('unlocks in slices exactly as at once, giving way while the passphrase is checked', async () => {
    const pkcs8 = (unlocked: { privateKey: KeyObject }) =>
      unlocked.privateKey.export({ type: 'pkcs8', format: 'der' });
    const files: [Buffer, string][] = [
      [identity.p12, TEST_PASSPHRASE],
      [exportP12('sliced-current.p12'), opensslPassphrase],
      [exportP12('sliced-legacy.p12', '-legacy'), opensslPassphrase],
    ];
    for (const [p12, passphrase] of files) {
      let pauses = 0;
      const sliced = await unlockIdentityInSlices(p12, passphrase, async () => {
        pauses += 1;
      });
      const atOnce = unlockIdentity(p12, passphrase);
      expect(pkcs8(sliced)).toEqual(pkcs8(atOnce));
      expect(sliced.certificate).toEqual(atOnce.certificate);
      expect(sliced.chainDer).toEqual(atOnce.chainDer);
      // Clausebook's own files check the passphrase over 100,000 rounds: paused on the way.
      if (p12 === identity.p12) expect(pauses).toBeGreaterThan(10);
    }
    await expect(
      unlockIdentityInSlices(identity.p12, 'Correct horse battery', async () => undefined),
    ).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: WRONG_PASSPHRASE_MESSAGE,
    });
  });
});
