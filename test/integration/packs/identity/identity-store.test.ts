import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentity } from '../../../../src-main/core/packs/identity/create-identity';
import { IdentityStore } from '../../../../src-main/core/packs/identity/identity-store';
import { run } from '../../../helpers/packs/pack-tools';
import { useTempDir } from '../../../helpers/temp-dir';

const passphrase = 'store passphrase 1';
const newIdentity = {
  name: 'Sam Auditor',
  organisation: 'Keel Consulting',
  email: 'sam@keel.example',
  passphrase,
};

describe('the identity store', () => {
  const tempDir = useTempDir();
  let tools: string;
  let legacyP12: Buffer;

  beforeAll(() => {
    tools = mkdtempSync(path.join(tmpdir(), 'clausebook-store-tools-'));
    const key = path.join(tools, 'k.pem');
    const certificate = path.join(tools, 'c.pem');
    run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      certificate,
      '-days',
      '30',
      '-subj',
      '/CN=Legacy Signer/emailAddress=legacy@example.com',
    ]);
    const p12 = path.join(tools, 'legacy.p12');
    run('openssl', [
      'pkcs12',
      '-export',
      '-legacy',
      '-inkey',
      key,
      '-in',
      certificate,
      '-out',
      p12,
      '-passout',
      `pass:${passphrase}`,
    ]);
    legacyP12 = readFileSync(p12);
  });
  afterAll(() => rmSync(tools, { recursive: true, force: true }));

  const storeIn = (dir: string) => new IdentityStore(path.join(dir, 'signing-identities'));

  it('creates identities in files named by fingerprint, readable by the user only, and lists them without a passphrase', async () => {
    const store = storeIn(tempDir());
    expect(store.list()).toEqual([]);
    const created = store.create(newIdentity);
    const key = created.fingerprintSha256.replace(/:/g, '').toLowerCase();
    expect(readdirSync(store.folder).sort()).toEqual([`${key}.cer`, `${key}.p12`]);
    for (const file of readdirSync(store.folder))
      expect(statSync(path.join(store.folder, file)).mode & 0o777).toBe(0o600);
    expect(statSync(store.folder).mode & 0o777).toBe(0o700);
    expect(new IdentityStore(store.folder).list()).toEqual([created]);

    const unlocked = await store.unlock(created.fingerprintSha256, passphrase);
    expect(unlocked.certificate).toEqual(created);
    await expect(store.unlock(key, 'not the passphrase')).rejects.toThrow(
      expect.objectContaining({ code: 'WRONG_PASSPHRASE' }),
    );

    // The exported certificate is the certificate alone, as OpenSSL sees it.
    const pem = store.exportCertificatePem(created.fingerprintSha256);
    expect(pem).not.toContain('PRIVATE KEY');
    const pemFile = path.join(tempDir(), 'sam.pem');
    writeFileSync(pemFile, pem);
    expect(run('openssl', ['x509', '-in', pemFile, '-noout', '-fingerprint', '-sha256']).stdout.trim()).toBe(
      `sha256 Fingerprint=${created.fingerprintSha256}`,
    );

    store.remove(created.fingerprintSha256);
    expect(store.list()).toEqual([]);
    expect(readdirSync(store.folder)).toEqual([]);
    await expect(store.unlock(created.fingerprintSha256, passphrase)).rejects.toThrow(
      expect.objectContaining({
        code: 'NOT_FOUND',
        message: 'No stored signing identity has this fingerprint.',
      }),
    );
    expect(() => store.remove('../../etc/passwd')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  it('imports a legacy-encrypted PKCS#12 and keeps it re-encrypted with AES-256 under the same passphrase', async () => {
    const store = storeIn(tempDir());
    const imported = store.importP12(legacyP12, passphrase);
    expect(imported.subject.commonName).toBe('Legacy Signer');
    const stored = path.join(
      store.folder,
      `${imported.fingerprintSha256.replace(/:/g, '').toLowerCase()}.p12`,
    );
    const info = run('openssl', [
      'pkcs12',
      '-in',
      stored,
      '-info',
      '-nokeys',
      '-passin',
      `pass:${passphrase}`,
    ]);
    // What openssl says of the file's encryption, without the certificate it prints: base64 can
    // spell "RC2" or "3DES" by chance.
    const described = (info.stdout + info.stderr).replace(
      /-----BEGIN [^-]+-----[\s\S]*?-----END [^-]+-----/g,
      '',
    );
    expect(described).toContain('Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC');
    expect(described).not.toMatch(/RC2|3DES|TripleDES/);
    expect((await store.unlock(imported.fingerprintSha256, passphrase)).certificate).toEqual(imported);

    expect(() => store.importP12(legacyP12, passphrase)).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        message: 'The identity of Legacy Signer is already stored.',
      }),
    );
    expect(() => storeIn(tempDir()).importP12(legacyP12, 'wrong passphrase')).toThrow(
      expect.objectContaining({ code: 'WRONG_PASSPHRASE' }),
    );
  });

  it('refuses an expired certificate and a passphrase too short to keep it under, changing nothing', () => {
    const store = storeIn(tempDir());
    const expired = createIdentity({
      ...newIdentity,
      now: new Date('2015-01-01T00:00:00Z'),
      validityYears: 1,
    });
    expect(() => store.importP12(expired.p12, passphrase)).toThrow(
      expect.objectContaining({
        code: 'IDENTITY_UNUSABLE',
        message:
          'This certificate expired on 2016-01-01; signatures made with it would not be trusted. Import a current one.',
      }),
    );
    expect(() => store.importP12(legacyP12, passphrase, 'short')).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        message: expect.stringMatching(/^Choose a passphrase of at least 8 characters\./),
      }),
    );
    expect(store.list()).toEqual([]);
  });

  it('keeps listing the other identities when one side file is damaged', () => {
    const store = storeIn(tempDir());
    const first = store.create(newIdentity);
    store.importP12(legacyP12, passphrase);
    writeFileSync(
      path.join(store.folder, `${first.fingerprintSha256.replace(/:/g, '').toLowerCase()}.cer`),
      'damaged',
    );
    expect(store.list().map((info) => info.subject.commonName)).toEqual(['Legacy Signer']);
  });
});
