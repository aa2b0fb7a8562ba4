import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import {
  pkcs12MacKey,
  pkcs12MacKeyInSlices,
  type MacDigest,
} from '../../../../src-main/core/packs/identity/pkcs12-mac-key';

const salt = Buffer.from('8c3f0a5e21d4b7966e1f03a2c5d8e9f1', 'hex');
const keyLength: Record<MacDigest, number> = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 };

/** The same key as forge derives it (RFC 7292 appendix B), as an independent reference. */
function forgeKey(passphrase: string, iterations: number, digest: MacDigest): Buffer {
  const key = forge.pkcs12.generateKey(
    passphrase,
    forge.util.createBuffer(salt.toString('binary')),
    3,
    iterations,
    keyLength[digest],
    forge.md[digest].create(),
  );
  return Buffer.from(key.getBytes(), 'binary');
}

describe('the PKCS#12 MAC key', () => {
  it.each([
    ['correct horse battery', 2048, 'sha256'],
    ['', 1, 'sha256'],
    ['Ünïcødé pässphrase — 密码', 1000, 'sha1'],
    ['a longer passphrase that fills more than one block of the digest, and then some', 500, 'sha512'],
    ['seven', 3, 'sha384'],
  ] as const)('matches forge for %j (%i rounds, %s)', (passphrase, iterations, digest) => {
    expect(pkcs12MacKey(passphrase, salt, iterations, digest).toString('hex')).toBe(
      forgeKey(passphrase, iterations, digest).toString('hex'),
    );
  });

  it('is the same key when derived in slices, pausing every few thousand rounds', async () => {
    let pauses = 0;
    const sliced = await pkcs12MacKeyInSlices('correct horse battery', salt, 100_000, 'sha256', async () => {
      pauses += 1;
    });
    expect(sliced).toEqual(pkcs12MacKey('correct horse battery', salt, 100_000, 'sha256'));
    expect(pauses).toBe(19);
  });
});
