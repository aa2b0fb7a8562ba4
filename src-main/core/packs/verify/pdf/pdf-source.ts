import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The bytes of a PDF as the verifier reads them: by offset, a piece at a time. A pack may be
 * larger than any one string or buffer should be, so the verifier never asks for all of it; it
 * reads the end (trailer), single objects, and streams it hashes in chunks.
 */
export interface PdfSource {
  readonly length: number;
  /** The bytes from offset, at most `length` of them (fewer at the end of the file). */
  read(offset: number, length: number): Buffer;
}

/** Chunk size for reading through large parts of a file. */
export const READ_CHUNK = 4 * 1024 * 1024;

export class BufferSource implements PdfSource {
  constructor(private readonly bytes: Buffer) {}

  get length(): number {
    return this.bytes.length;
  }

  read(offset: number, length: number): Buffer {
    return this.bytes.subarray(Math.max(0, offset), Math.max(0, offset + length));
  }
}

/** A file read with positioned reads; close it when done. */
export class FileSource implements PdfSource {
  readonly length: number;
  readonly #fd: number;

  constructor(file: string) {
    this.#fd = openSync(file, 'r');
    try {
      this.length = fstatSync(this.#fd).size;
    } catch (error) {
      closeSync(this.#fd);
      throw error;
    }
  }

  read(offset: number, length: number): Buffer {
    const start = Math.max(0, offset);
    const size = Math.max(0, Math.min(length, this.length - start));
    const buffer = Buffer.allocUnsafe(size);
    let done = 0;
    while (done < size) {
      const read = readSync(this.#fd, buffer, done, size - done, start + done);
      if (read === 0) break;
      done += read;
    }
    return buffer.subarray(0, done);
  }

  close(): void {
    closeSync(this.#fd);
  }
}

/** Calls `each` with the bytes of [start, end) in chunks, in order. */
export function forEachChunk(
  source: PdfSource,
  start: number,
  end: number,
  each: (chunk: Buffer) => void,
): void {
  for (let offset = start; offset < end; offset += READ_CHUNK) {
    const chunk = source.read(offset, Math.min(READ_CHUNK, end - offset));
    if (chunk.length === 0) return;
    each(chunk);
  }
}
