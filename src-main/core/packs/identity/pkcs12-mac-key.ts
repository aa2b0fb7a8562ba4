import { createHash } from 'node:crypto';

export type MacDigest = 'sha1' | 'sha256' | 'sha384' | 'sha512';

/** Output and block sizes of each digest, in bytes (u and v of RFC 7292, appendix B). */
const sizes: Record<MacDigest, { u: number; v: number }> = {
  sha1: { u: 20, v: 64 },
  sha256: { u: 32, v: 64 },
  sha384: { u: 48, v: 128 },
  sha512: { u: 64, v: 128 },
};

/** Hash rounds between two pauses: a few milliseconds of work. */
const ROUNDS_PER_STEP = 5_000;

/** `bytes` repeated to fill a whole number of `v`-byte blocks (nothing for nothing). */
function fillBlocks(bytes: Buffer, v: number): Buffer {
  const length = v * Math.ceil(bytes.length / v);
  const filled = Buffer.alloc(length);
  for (let at = 0; at < length; at += bytes.length) bytes.copy(filled, at);
  return filled;
}

/**
 * The key of a PKCS#12 integrity MAC (RFC 7292 appendix B.2, ID 3): the digest applied
 * `iterations` times to the diversifier, salt and passphrase. The MAC key is never longer than
 * one digest output, so one block of the algorithm is all it takes. Written as a generator that
 * pauses every few thousand rounds: the same code runs straight through (pkcs12MacKey) or gives
 * way to the event loop between steps (pkcs12MacKeyInSlices), where 100,000 rounds would
 * otherwise hold the thread for a tenth of a second or more.
 */
function* macKeyRounds(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  digest: MacDigest,
): Generator<void, Buffer> {
  const { u, v } = sizes[digest];
  // The passphrase as a BMPString: UTF-16 big-endian code units and a terminating zero (an empty
  // passphrase too, as OpenSSL and forge encode it).
  const units = Buffer.from(`${passphrase}\0`, 'utf16le').swap16();
  const diversifier = Buffer.alloc(v, 3);
  const input = Buffer.concat([fillBlocks(Buffer.from(salt), v), fillBlocks(units, v)]);
  let value = createHash(digest).update(diversifier).update(input).digest();
  for (let round = 1; round < iterations; round += 1) {
    value = createHash(digest).update(value).digest();
    if (round % ROUNDS_PER_STEP === 0) yield;
  }
  return value.subarray(0, u);
}

export function pkcs12MacKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  digest: MacDigest,
): Buffer {
  const rounds = macKeyRounds(passphrase, salt, iterations, digest);
  for (;;) {
    const step = rounds.next();
    if (step.done) return step.value;
  }
}

/** The same key, with `between` awaited every few thousand rounds. */
export async function pkcs12MacKeyInSlices(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  digest: MacDigest,
  between: () => Promise<void>,
): Promise<Buffer> {
  const rounds = macKeyRounds(passphrase, salt, iterations, digest);
  for (;;) {
    const step = rounds.next();
    if (step.done) return step.value;
    await between();
  }
}
