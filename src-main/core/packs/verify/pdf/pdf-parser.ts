import { PdfDict, PdfName, PdfReadError, PdfRef, PdfStream, PdfString, type PdfValue } from './pdf-objects';

/**
 * Parses PDF objects (ISO 32000-1, 7.2–7.3) from a position in the file's bytes: numbers, names,
 * literal and hex strings, arrays, dictionaries, references and stream headers. Positions are
 * absolute offsets in the file.
 */

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const MAX_NESTING = 100;

function isRegular(byte: number | undefined): boolean {
  return byte !== undefined && !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
}

function damaged(message: string): PdfReadError {
  return new PdfReadError('damaged', message);
}

export class PdfParser {
  /**
   * `bytes` may be a window of a larger file starting at offset `base`: positions then count
   * from the window's start, and the offsets the parser hands out (strings, stream data) are
   * turned back into offsets in the file.
   */
  constructor(
    private readonly bytes: Buffer,
    public position: number,
    private readonly base = 0,
  ) {}

  skipSpace(): void {
    const { bytes } = this;
    for (;;) {
      const byte = bytes[this.position];
      if (byte === undefined) return;
      if (WHITESPACE.has(byte)) this.position += 1;
      else if (byte === 0x25) {
        // A comment runs to the end of the line.
        while (this.position < bytes.length && bytes[this.position] !== 0x0a && bytes[this.position] !== 0x0d)
          this.position += 1;
      } else return;
    }
  }

  /** The next bare word (keyword or number) without consuming it, or '' at a delimiter. */
  peekWord(): string {
    this.skipSpace();
    let end = this.position;
    while (isRegular(this.bytes[end])) end += 1;
    return this.bytes.toString('latin1', this.position, end);
  }

  expectWord(word: string): void {
    if (this.peekWord() !== word) throw damaged(`expected "${word}" at byte ${this.position}`);
    this.position += word.length;
  }

  /** "12 0 obj": the object number and generation of the indirect object starting here. */
  readObjectHeader(): { num: number; gen: number } {
    const num = this.readValue(0);
    const gen = this.readValue(0);
    if (!isNonNegativeInteger(num) || !isNonNegativeInteger(gen))
      throw damaged(`no object at byte ${this.position}`);
    this.expectWord('obj');
    return { num, gen };
  }

  /** The value of an indirect object, and for a stream where its data begins. */
  readObjectBody(): PdfValue {
    const value = this.readValue(0);
    if (value instanceof PdfDict && this.peekWord() === 'stream') {
      this.position += 'stream'.length;
      // The keyword is followed by CRLF or LF, then the data (7.3.8.1).
      if (this.bytes[this.position] === 0x0d) this.position += 1;
      if (this.bytes[this.position] === 0x0a) this.position += 1;
      return new PdfStream(value, this.base + this.position);
    }
    return value;
  }

  readValue(depth: number): PdfValue {
    if (depth > MAX_NESTING) throw damaged('objects are nested too deeply');
    this.skipSpace();
    const { bytes } = this;
    const byte = bytes[this.position];
    if (byte === undefined) throw damaged('the file ends inside an object');
    if (byte === 0x2f) return this.readName();
    if (byte === 0x28) return this.readLiteralString();
    if (byte === 0x3c && bytes[this.position + 1] === 0x3c) return this.readDictionary(depth);
    if (byte === 0x3c) return this.readHexString();
    if (byte === 0x5b) return this.readArray(depth);
    const word = this.peekWord();
    if (word === '') throw damaged(`unexpected "${String.fromCharCode(byte)}" at byte ${this.position}`);
    this.position += word.length;
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word))
      throw damaged(`unexpected "${word}" at byte ${this.position}`);
    const number = Number(word);
    // "12 0 R" is a reference: look ahead for a second integer and the R.
    if (/^\d+$/.test(word)) {
      const save = this.position;
      const gen = this.peekWord();
      if (/^\d+$/.test(gen)) {
        this.position += gen.length;
        if (this.peekWord() === 'R') {
          this.position += 1;
          return new PdfRef(number, Number(gen));
        }
      }
      this.position = save;
    }
    return number;
  }

  private readName(): PdfName {
    this.position += 1;
    const start = this.position;
    while (isRegular(this.bytes[this.position])) this.position += 1;
    const raw = this.bytes.toString('latin1', start, this.position);
    // #xx escapes stand for one byte each (7.3.5); names are UTF-8 by convention.
    const decoded = Buffer.from(
      raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
    return new PdfName(decoded.toString('utf8'));
  }

  private readHexString(): PdfString {
    const start = this.position;
    const close = this.bytes.indexOf(0x3e, start);
    if (close === -1) throw damaged('a hex string is not closed');
    const digits = this.bytes.toString('latin1', start + 1, close).replace(/[\0\t\n\f\r ]/g, '');
    if (!/^[0-9a-fA-F]*$/.test(digits)) throw damaged(`a hex string at byte ${start} holds other characters`);
    this.position = close + 1;
    return new PdfString(
      Buffer.from(digits.length % 2 ? digits + '0' : digits, 'hex'),
      this.base + start,
      this.base + this.position,
      true,
    );
  }

  private readLiteralString(): PdfString {
    const { bytes } = this;
    const start = this.position;
    const out: number[] = [];
    let depth = 0;
    let index = start + 1;
    for (;;) {
      const byte = bytes[index];
      if (byte === undefined) throw damaged('a string is not closed');
      index += 1;
      if (byte === 0x5c) {
        const next = bytes[index];
        index += 1;
        const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
        if (next === undefined) throw damaged('a string is not closed');
        if (simple[next] !== undefined) out.push(simple[next]);
        else if (next >= 0x30 && next <= 0x37) {
          let octal = next - 0x30;
          for (let digits = 1; digits < 3 && bytes[index]! >= 0x30 && bytes[index]! <= 0x37; digits += 1) {
            octal = octal * 8 + (bytes[index]! - 0x30);
            index += 1;
          }
          out.push(octal & 0xff);
        } else if (next === 0x0d) {
          if (bytes[index] === 0x0a) index += 1; // an escaped line end continues the line
        } else if (next !== 0x0a) out.push(next);
      } else if (byte === 0x28) {
        depth += 1;
        out.push(byte);
      } else if (byte === 0x29) {
        if (depth === 0) break;
        depth -= 1;
        out.push(byte);
      } else if (byte === 0x0d) {
        out.push(0x0a); // any line end inside a string reads as LF (7.3.4.2)
        if (bytes[index] === 0x0a) index += 1;
      } else out.push(byte);
    }
    this.position = index;
    return new PdfString(Buffer.from(out), this.base + start, this.base + index, false);
  }

  private readArray(depth: number): PdfValue[] {
    this.position += 1;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.position] === 0x5d) {
        this.position += 1;
        return items;
      }
      items.push(this.readValue(depth + 1));
    }
  }

  private readDictionary(depth: number): PdfDict {
    this.position += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.position] === 0x3e && this.bytes[this.position + 1] === 0x3e) {
        this.position += 2;
        return new PdfDict(entries);
      }
      const key = this.readValue(depth + 1);
      if (!(key instanceof PdfName)) throw damaged(`a dictionary key at byte ${this.position} is not a name`);
      entries.set(key.name, this.readValue(depth + 1));
    }
  }
}

export function isNonNegativeInteger(value: PdfValue | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
