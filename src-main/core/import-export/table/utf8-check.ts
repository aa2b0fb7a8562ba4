import { isUtf8 } from 'node:buffer';

/**
 * Finds why text is not UTF-8, for a message that names the row and says what to do. Files saved
 * as "CSV" (not "CSV UTF-8") by Excel on Windows are Windows-1252: accented letters are single
 * bytes from 0x80 up, which UTF-8 does not allow on their own.
 */
export function utf8Problem(bytes: Uint8Array): string | null {
  if (isUtf8(bytes)) return null;
  const offset = firstInvalidUtf8Byte(bytes);
  const byte = bytes[offset] ?? 0;
  const row = rowAtOffset(bytes, offset);
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const asAnsi = new TextDecoder('windows-1252').decode(Uint8Array.of(byte));
  return (
    `The file is not UTF-8 text: row ${row} holds the byte ${hex} ("${asAnsi}" in Windows-1252), so it was ` +
    'probably saved as ANSI/Windows-1252. Save it again as "CSV UTF-8 (Comma delimited)", or convert it to UTF-8, and import it again.'
  );
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined || byte < 0x80 || byte > 0xbf) return index;
    }
    // Overlong encodings and surrogates are invalid even with well-formed continuation bytes.
    const second = bytes[index + 1] ?? 0;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return index;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return index;
    index += length;
  }
  return bytes.length;
}

/**
 * The CSV row a byte belongs to: one more than the line breaks before it that end a record, i.e.
 * those outside quoted values (a quoted value may span lines and is still one row).
 */
export function rowAtOffset(bytes: Uint8Array, offset: number): number {
  let row = 1;
  let quoted = false;
  for (let index = 0; index < offset && index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === 0x22) quoted = !quoted;
    else if (byte === 0x0a && !quoted) row += 1;
  }
  return row;
}
