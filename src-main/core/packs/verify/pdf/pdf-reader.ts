import { inflateSync } from 'node:zlib';
import { PdfDict, PdfReadError, PdfRef, PdfStream, isName, type PdfValue } from './pdf-objects';
import { PdfParser, isNonNegativeInteger } from './pdf-parser';
import { BufferSource, READ_CHUNK, type PdfSource } from './pdf-source';

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
 *
 * It reads the file by offset (the end, then single objects), never all of it at once: a pack
 * with a gigabyte of evidence is read a few kilobytes at a time, and its streams by whoever needs
 * their data.
 */

const MAX_REVISIONS = 1000;
/** First read for one object or cross-reference section; grown when the object is larger. */
const FIRST_WINDOW = 16 * 1024;
/** No dictionary or cross-reference section of a sound file comes near this. */
const MAX_WINDOW = 64 * 1024 * 1024;
/** Bytes a parse must stay clear of a window's end to be sure nothing it needed was cut off. */
const WINDOW_MARGIN = 64;

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

  readonly source: PdfSource;

  constructor(input: Buffer | PdfSource) {
    this.source = Buffer.isBuffer(input) ? new BufferSource(input) : input;
    if (this.source.read(0, 1024).indexOf('%PDF-') === -1)
      throw new PdfReadError('not-pdf', 'it does not start like a PDF');
    const end = this.lastStartXref();
    this.hasDataAfterEnd = this.anyDataFrom(end.after);
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
    const raw = this.rawStreamData(stream, length);

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

  /**
   * Where a stream's raw (undecoded) data lies, checked to end where its /Length says: for
   * reading it in chunks without holding it whole.
   */
  streamRange(stream: PdfStream): { start: number; end: number } {
    const length = this.resolve(stream.dict.get('Length'));
    if (!isNonNegativeInteger(length)) throw damaged('a stream has no valid length');
    const end = stream.dataStart + length;
    if (end > this.source.length) throw damaged('a stream runs past the end of the file');
    const after = new PdfParser(this.source.read(end, WINDOW_MARGIN), 0, end);
    if (after.peekWord() !== 'endstream') throw damaged('a stream does not end where its length says');
    return { start: stream.dataStart, end };
  }

  /** Whether a stream's data is stored as it is (no filter), so its bytes are the content. */
  isUnfiltered(stream: PdfStream): boolean {
    const filter = this.resolve(stream.dict.get('Filter'));
    return filter === null || (Array.isArray(filter) && filter.length === 0);
  }

  private rawStreamData(stream: PdfStream, length: number): Buffer {
    const range = this.streamRange(stream);
    return this.source.read(range.start, length);
  }

  /** Whether anything but whitespace lies from this offset to the end of the file. */
  private anyDataFrom(offset: number): boolean {
    for (let at = offset; at < this.source.length; at += READ_CHUNK)
      if (this.source.read(at, READ_CHUNK).some((byte) => byte > 0x20)) return true;
    return false;
  }

  /**
   * Parses at a file offset from a window of the file, reading a larger window when the parse
   * ran into (or too near) the window's end before the file's.
   */
  private parseAt<T>(offset: number, parse: (parser: PdfParser) => T): T {
    for (let size = FIRST_WINDOW; ; size *= 4) {
      const window = this.source.read(offset, size);
      const wholeRest = offset + window.length >= this.source.length || size >= MAX_WINDOW;
      const parser = new PdfParser(window, 0, offset);
      let value: T;
      try {
        value = parse(parser);
      } catch (error) {
        if (wholeRest || !(error instanceof PdfReadError)) throw error;
        continue;
      }
      if (wholeRest || parser.position + WINDOW_MARGIN <= window.length) return value;
    }
  }

  /** The last startxref's offset, and where its %%EOF ends; data after it is tolerated here. */
  private lastStartXref(): { offset: number; after: number } {
    const { length } = this.source;
    let start = -1;
    // From the end backwards, in overlapping pieces, as far as it takes.
    for (let to = length; to > 0 && start === -1; to -= READ_CHUNK - 16) {
      const from = Math.max(0, to - READ_CHUNK);
      const found = this.source.read(from, to - from).lastIndexOf('startxref');
      if (found !== -1) start = from + found;
      if (from === 0) break;
    }
    const match =
      start === -1 ? null : /^startxref\s+(\d+)\s+%%EOF/.exec(this.source.read(start, 64).toString('latin1'));
    if (!match) throw damaged('its end (startxref and %%EOF) is missing, so it was cut short or changed');
    return { offset: Number(match[1]), after: start + match[0].length };
  }

  private readXrefSection(offset: number): PdfDict {
    if (offset >= this.source.length)
      throw damaged('a cross-reference offset points past the end of the file');
    // Entries are collected apart and kept only once the whole section parsed from one window.
    const { trailer, entries } = this.parseAt(offset, (parser) => this.parseXrefSection(parser));
    for (const [num, entry] of entries) if (!this.entries.has(num)) this.entries.set(num, entry);
    return trailer;
  }

  private parseXrefSection(parser: PdfParser): {
    trailer: PdfDict;
    entries: Map<number, XrefEntry | 'free'>;
  } {
    const entries = new Map<number, XrefEntry | 'free'>();
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
        if (!entries.has(num)) entries.set(num, kind === 'n' ? { offset: entryOffset, gen } : 'free');
      }
    }
    parser.expectWord('trailer');
    const trailer = parser.readValue(0);
    if (!(trailer instanceof PdfDict)) throw damaged('a trailer is not a dictionary');
    return { trailer, entries };
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
    if (offset < 0 || offset >= this.source.length) return undefined;
    return this.parseAt(offset, (parser) => {
      try {
        const header = parser.readObjectHeader();
        if (header.num !== num) return undefined;
      } catch {
        return undefined;
      }
      return parser.readObjectBody();
    });
  }

  /** The last "num gen obj" header in the file (the newest copy of the object), or -1. */
  private findObjectHeader(num: number, gen: number): number {
    const pattern = new RegExp(`(?:^|[\\s>\\]])${num}\\s+${gen}\\s+obj\\b`, 'g');
    let found = -1;
    // Through the file in overlapping pieces, so that no header is missed at a piece's edge.
    const overlap = 64;
    for (let from = 0; from < this.source.length; from += READ_CHUNK - overlap) {
      const text = this.source.read(from, READ_CHUNK).toString('latin1');
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const at = from + match.index + (match[0].match(/^\D?/)?.[0].length ?? 0);
        if (from === 0 || match.index > 0) found = Math.max(found, at);
      }
      if (from + READ_CHUNK >= this.source.length) break;
    }
    return found;
  }
}
