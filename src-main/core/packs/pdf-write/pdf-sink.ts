import { createHash, type Hash } from 'node:crypto';
import { writeSync } from 'node:fs';

/**
 * Where a pack's bytes go, in order, once each: an open file. It counts the bytes (the offsets a
 * cross-reference table needs) and hashes them as they pass, so the signature's digest and the
 * file's SHA-256 never need the file read back.
 */
export class PdfSink {
  #position = 0;
  readonly #hash: Hash = createHash('sha256');

  constructor(private readonly fd: number) {}

  get position(): number {
    return this.#position;
  }

  write(data: Buffer | string): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    let written = 0;
    while (written < bytes.byteLength)
      written += writeSync(this.fd, bytes, written, bytes.byteLength - written, this.#position + written);
    this.#hash.update(bytes);
    this.#position += bytes.byteLength;
  }

  /** The SHA-256 state of everything written so far, to be continued apart from the sink's own. */
  hashSoFar(): Hash {
    return this.#hash.copy();
  }

  /** The SHA-256 of everything written (ends the sink's hash: call once, at the end). */
  digest(): string {
    return this.#hash.digest('hex');
  }
}
