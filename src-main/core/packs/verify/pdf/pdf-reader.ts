import { inflateSync } from 'node:zlib';
import { PdfDict, PdfReadError, PdfRef, PdfStream, isName, type PdfValue } from './pdf-objects';
import { PdfParser, isNonNegativeInteger } from './pdf-parser';

/**
 * A small reader for the PDFs Clausebook makes and signs: pdfkit/pdfmake output plus the
 * incremental update the signer appends.
 *
 * It reads classic cross-reference tables (the `xref` keyword), starting from the last
 * `startxref` and following each trailer's /Prev back through earlier revisions, newer entries
 * winning; uncompressed indirect objects; and stream data with no filter or /FlateDecode.
 *
 * It does not read cross-reference streams or object streams (PDF 1.5 compression, which many
 * other producers use), hybrid files (/XRefStm), encrypted files, or other stream filters; such
 * files get a PdfReadError saying so rather than a guess. Where an xref offset does not point at
 * its object (a damaged or edited file), it looks for the object by its header instead.
 */

const MAX_REVISIONS = 1000;

function damaged(message: string): PdfReadError {
  return new PdfReadError('damaged', message);
}

function unsupported(message: string): PdfReadError {
  return new PdfReadError('unsupported', message);
}

interface XrefEntry {
  offset: number;
  gen: number;
}

export class PdfReader {
  /** The newest trailer dictionary. */
  readonly trailer: PdfDict;
  /** How many cross-reference sections (the original and each incremental update) the file has. */
  readonly revisions: number;
  /** Whether anything but whitespace follows the last %%EOF (appended data, or a revision cut short). */
  readonly hasDataAfterEnd: boolean;
  private readonly entries = new Map<number, XrefEntry | 'free'>();
  private readonly cache = new Map<number, PdfValue>();

  constructor(readonly bytes: Buffer) {
    if (bytes.subarray(0, 1024).indexOf('%PDF-') === -1)
      throw new PdfReadError('not-pdf', 'it does not start like a PDF');
    const end = this.lastStartXref();
    this.hasDataAfterEnd = this.bytes.subarray(end.after).some((byte) => byte > 0x20);
    let offset: number | undefined = end.offset;
    let trailer: PdfDict | undefined;
    const seen = new Set<number>();
    while (offset !== undefined) {
      if (seen.has(offset) || seen.size >= MAX_REVISIONS) throw damaged('its cross-reference sections loop');
      seen.add(offset);
      const sectionTrailer = this.readXrefSection(offset);
      trailer ??= sectionTrailer;
      if (sectionTrailer.get('XRefStm') !== undefined)
        throw unsupported('it mixes cross-reference tables with compressed cross-reference streams');
      const previous = sectionTrailer.get('Prev');
      offset = previous === undefined ? undefined : isNonNegativeInteger(previous) ? previous : -1;
      if (offset === -1) throw damaged('a trailer points to an earlier revision that is not there');
    }
    if (trailer === undefined) throw damaged('it has no trailer');
    if (trailer.get('Encrypt') !== undefined) throw unsupported('it is encrypted');
    this.trailer = trailer;
    this.revisions = seen.size;
  }

  /** Follows references until a direct value; a missing object reads as null (7.3.10). */
  resolve(value: PdfValue | undefined): PdfValue {
    let current: PdfValue | undefined = value;
    for (let hops = 0; current instanceof PdfRef; hops += 1) {
      if (hops > 32) throw damaged('references loop');
      current = this.object(current.num);
    }
    return current ?? null;
  }

  dict(value: PdfValue | undefined): PdfDict | null {
    const resolved = this.resolve(value);
    return resolved instanceof PdfDict ? resolved : resolved instanceof PdfStream ? resolved.dict : null;
  }

  array(value: PdfValue | undefined): PdfValue[] {
    const resolved = this.resolve(value);
    return Array.isArray(resolved) ? resolved : [];
  }

  /** The decoded data of a stream. Throws PdfReadError when it cannot be read. */
  streamData(stream: PdfStream): Buffer {
    const length = this.resolve(stream.dict.get('Length'));
    if (!isNonNegativeInteger(length)) throw damaged('a stream has no valid length');
    const end = stream.dataStart + length;
    if (end > this.bytes.length) throw damaged('a stream runs past the end of the file');
    const after = new PdfParser(this.bytes, end);
    if (after.peekWord() !== 'endstream') throw damaged('a stream does not end where its length says');
    const raw = this.bytes.subarray(stream.dataStart, end);

    const filter = this.resolve(stream.dict.get('Filter'));
    const filters = Array.isArray(filter)
      ? filter.map((item) => this.resolve(item))
      : filter === null
        ? []
        : [filter];
    if (this.resolve(stream.dict.get('DecodeParms')) !== null && filters.length > 0)
      throw unsupported('a stream uses decoding parameters');
    let data = raw;
    for (const item of filters) {
      if (!isName(item, 'FlateDecode'))
        throw unsupported(`a stream uses the ${isName(item) ? item.name : 'unknown'} filter`);
      try {
        data = inflateSync(data);
      } catch {
        throw damaged('compressed data is corrupt');
      }
    }
    return data;
  }

  /** The last startxref's offset, and where its %%EOF ends; data after it is tolerated here. */
  private lastStartXref(): { offset: number; after: number } {
    const start = this.bytes.lastIndexOf('startxref');
    const match =
      start === -1
        ? null
        : /^startxref\s+(\d+)\s+%%EOF/.exec(this.bytes.toString('latin1', start, start + 64));
    if (!match) throw damaged('its end (startxref and %%EOF) is missing, so it was cut short or changed');
    return { offset: Number(match[1]), after: start + match[0].length };
  }

  private readXrefSection(offset: number): PdfDict {
    if (offset >= this.bytes.length)
      throw damaged('a cross-reference offset points past the end of the file');
    const parser = new PdfParser(this.bytes, offset);
    if (parser.peekWord() !== 'xref') {
      if (/^\d+$/.test(parser.peekWord()))
        throw unsupported('it uses a compressed cross-reference stream (PDF 1.5 or later)');
      throw damaged('a cross-reference section is not where the file says');
    }
    parser.expectWord('xref');
    for (;;) {
      const word = parser.peekWord();
      if (word === 'trailer') break;
      const first = parser.readValue(0);
      const count = parser.readValue(0);
      if (!isNonNegativeInteger(first) || !isNonNegativeInteger(count))
        throw damaged('a cross-reference table is malformed');
      for (let index = 0; index < count; index += 1) {
        const entryOffset = parser.readValue(0);
        const gen = parser.readValue(0);
        const kind = parser.peekWord();
        parser.position += kind.length;
        if (
          !isNonNegativeInteger(entryOffset) ||
          !isNonNegativeInteger(gen) ||
          (kind !== 'n' && kind !== 'f')
        )
          throw damaged('a cross-reference entry is malformed');
        const num = first + index;
        // Sections are read newest first: an object's first entry is its current one.
        if (!this.entries.has(num))
          this.entries.set(num, kind === 'n' ? { offset: entryOffset, gen } : 'free');
      }
    }
    parser.expectWord('trailer');
    const trailer = parser.readValue(0);
    if (!(trailer instanceof PdfDict)) throw damaged('a trailer is not a dictionary');
    return trailer;
  }

  private object(num: number): PdfValue {
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(num);
    if (entry === undefined || entry === 'free') return null;
    const value =
      this.parseObjectAt(entry.offset, num) ?? this.parseObjectAt(this.findObjectHeader(num, entry.gen), num);
    if (value === null || value === undefined) throw damaged(`object ${num} cannot be found`);
    this.cache.set(num, value);
    return value;
  }

  /** The object's value when its header is at this offset, else undefined. */
  private parseObjectAt(offset: number, num: number): PdfValue | undefined {
    if (offset < 0 || offset >= this.bytes.length) return undefined;
    const parser = new PdfParser(this.bytes, offset);
    try {
      const header = parser.readObjectHeader();
      if (header.num !== num) return undefined;
    } catch {
      return undefined;
    }
    return parser.readObjectBody();
  }

  /** The last "num gen obj" header in the file (the newest copy of the object), or -1. */
  private findObjectHeader(num: number, gen: number): number {
    const pattern = new RegExp(`(?:^|[\\s>\\]])${num}\\s+${gen}\\s+obj\\b`, 'g');
    const text = this.bytes.toString('latin1');
    let found = -1;
    for (let match = pattern.exec(text); match; match = pattern.exec(text))
      found = match.index + (match[0].match(/^\D?/)?.[0].length ?? 0);
    return found;
  }
}
