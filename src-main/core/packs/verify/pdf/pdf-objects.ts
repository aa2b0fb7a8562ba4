/**
 * The values of the PDF object model (ISO 32000-1, 7.3) as the pack verifier reads them. Strings
 * remember where they lie in the file, because a signature's ByteRange must leave out exactly
 * its /Contents string.
 */

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfString {
  constructor(
    readonly bytes: Buffer,
    /** Offset of the opening "(" or "<" in the file. */
    readonly start: number,
    /** Offset just past the closing ")" or ">". */
    readonly end: number,
    readonly hex: boolean,
  ) {}

  /** The string as text (a PDF "text string": UTF-16BE or UTF-8 with a byte order mark, else PDFDocEncoding). */
  text(): string {
    const { bytes } = this;
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      return bytes.subarray(3).toString('utf8');
    // PDFDocEncoding matches Latin-1 for printable text; its few differences (0x18–0x1F, 0x80–0x9F)
    // do not occur in names pdfkit writes, which switches to UTF-16 for anything beyond ASCII.
    return bytes.toString('latin1');
  }
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfDict {
  constructor(readonly entries: Map<string, PdfValue>) {}

  get(key: string): PdfValue | undefined {
    return this.entries.get(key);
  }
}

/** A stream: its dictionary and where its raw data starts; the reader works out the length. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly dataStart: number,
  ) {}
}

export type PdfValue =
  null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfStream | PdfValue[];

export type PdfReadProblem = 'not-pdf' | 'damaged' | 'unsupported';

/** Why a file could not be read as a PDF; the message names the problem in plain words. */
export class PdfReadError extends Error {
  constructor(
    readonly problem: PdfReadProblem,
    message: string,
  ) {
    super(message);
  }
}

export function isName(value: PdfValue | undefined, name?: string): value is PdfName {
  return value instanceof PdfName && (name === undefined || value.name === name);
}
