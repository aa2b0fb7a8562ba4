import { createHash } from 'node:crypto';
import { forEachChunk, type PdfSource } from './pdf/pdf-source';
import type { ByteRange, RangeDigest } from './signature-checks';

/**
 * The SHA-256 of the whole file and the digest of the signature's ByteRange, in one read through
 * the file. SHA-256 continues block by block, so when the range is the whole file but the
 * signature value (as in every Clausebook pack), the state after the first part is copied: one
 * hash finishes over the signature value and the rest, the other over the rest only. Other
 * ranges or hashes (files made elsewhere) are hashed again from the file.
 */
export function fileDigests(
  source: PdfSource,
  range: ByteRange | null,
): { fileSha256: string; digestOf: RangeDigest } {
  const file = createHash('sha256');
  let rangeSha256: Buffer | null = null;
  const [a, b, c, d] = range ?? [-1, 0, 0, 0];
  if (a === 0 && b <= c && c + d === source.length) {
    forEachChunk(source, 0, b, (chunk) => file.update(chunk));
    const signed = file.copy();
    forEachChunk(source, b, c, (chunk) => file.update(chunk));
    forEachChunk(source, c, source.length, (chunk) => {
      file.update(chunk);
      signed.update(chunk);
    });
    rangeSha256 = signed.digest();
  } else forEachChunk(source, 0, source.length, (chunk) => file.update(chunk));

  const fileSha256 = file.digest('hex');
  const digestOf: RangeDigest = (hash, [start, length, secondStart, secondLength]) => {
    if (
      rangeSha256 &&
      hash === 'sha256' &&
      start === a &&
      length === b &&
      secondStart === c &&
      secondLength === d
    )
      return rangeSha256;
    const digest = createHash(hash);
    forEachChunk(source, start, start + length, (chunk) => digest.update(chunk));
    forEachChunk(source, secondStart, secondStart + secondLength, (chunk) => digest.update(chunk));
    return digest.digest();
  };
  return { fileSha256, digestOf };
}
