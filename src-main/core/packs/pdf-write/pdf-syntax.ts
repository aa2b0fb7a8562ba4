import { PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfValue } from '../verify/pdf/pdf-objects';

/**
 * Writing PDF values (ISO 32000-1, 7.3) as the text of an incremental update: objects read from
 * the document being updated (a catalog, a page) written back with entries added, and the new
 * values of the update. Strings are written as hex so no byte ever needs escaping.
 */

/** A name, "/" included: delimiters, "#" and bytes outside printable ASCII as #xx (7.3.5). */
export function pdfName(value: string): string {
  const escaped = Array.from(Buffer.from(value, 'utf8'))
    .map((byte) =>
      byte < 0x21 || byte > 0x7e || '#()<>[]{}/%'.includes(String.fromCharCode(byte))
        ? `#${byte.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(byte),
    )
    .join('');
  return `/${escaped}`;
}

/** Raw bytes as a hex string. */
export function pdfHexBytes(bytes: Uint8Array): string {
  return `<${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}>`;
}

/** A text string (7.9.2.2): plain ASCII as it is, anything else as UTF-16BE with a byte order mark. */
export function pdfText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return pdfHexBytes(Buffer.from(text, 'latin1'));
  const utf16 = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return pdfHexBytes(utf16);
}

/** A date (7.9.4) in UTC: (D:YYYYMMDDHHmmSSZ). */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `(D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z)`;
}

export function pdfRef(num: number): string {
  return `${num} 0 R`;
}

/** A dictionary from entries whose values are already written as PDF text. */
export function pdfDict(entries: Iterable<[string, string]>): string {
  const parts: string[] = [];
  for (const [key, value] of entries) parts.push(`${pdfName(key)} ${value}`);
  return `<< ${parts.join(' ')} >>`;
}

/** A value read from a document, written back as it was (streams never occur inside objects). */
export function writeValue(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(6);
  if (value instanceof PdfName) return pdfName(value.name);
  if (value instanceof PdfString) return pdfHexBytes(value.bytes);
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfDict) return pdfDict(entriesOf(value));
  if (value instanceof PdfStream) throw new Error('a stream cannot be written inside another object');
  return `[${value.map(writeValue).join(' ')}]`;
}

/** A dictionary's entries written as PDF text, in their order, ready to be changed and written back. */
export function entriesOf(dict: PdfDict): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of dict.entries) entries.set(key, writeValue(value));
  return entries;
}
