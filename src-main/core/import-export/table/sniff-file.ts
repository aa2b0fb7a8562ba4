/**
 * Decides from a file's first bytes what it is, so a wrong file gets a message about what it
 * actually is ("an Excel 97–2003 workbook", "binary data") rather than a confusing parse error.
 */
export type FileKind =
  { kind: 'xlsx' } | { kind: 'text'; bom: boolean } | { kind: 'refused'; message: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

/** How much of the start of a file is looked at to tell text from binary data. */
const SAMPLE_BYTES = 64 * 1024;

export function sniffFile(bytes: Uint8Array, fileName: string): FileKind {
  const extension = fileName.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? '';
  if (bytes.length === 0) return refused('The file is empty.');
  // Every XLSX workbook is a ZIP archive.
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { kind: 'xlsx' };
  // An OLE compound file: an Excel 97–2003 workbook, or a password-protected (encrypted) XLSX.
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return refused(
      'The file is an Excel 97–2003 workbook (.xls) or a password-protected workbook. Save it as an Excel workbook (.xlsx) without a password, or as "CSV UTF-8", and import that.',
    );
  }
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    return refused(
      'The file is UTF-16 text (Excel\'s "Unicode Text"). Save it as "CSV UTF-8 (Comma delimited)" or as an Excel workbook (.xlsx), and import that.',
    );
  }
  if (extension === '.xlsx' || extension === '.xlsm') {
    return refused(`The file is named ${extension} but is not an Excel workbook; it may be damaged.`);
  }
  if (looksBinary(bytes.subarray(0, SAMPLE_BYTES))) {
    return refused(
      'The file holds binary data, not CSV text or an Excel workbook. Choose a .csv or .xlsx file.',
    );
  }
  return { kind: 'text', bom: startsWith(bytes, 0xef, 0xbb, 0xbf) };
}

/**
 * Text files never hold NUL and hardly any other control characters; random or binary data has
 * them every few hundred bytes.
 */
function looksBinary(sample: Uint8Array): boolean {
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls += 1;
  }
  return controls > Math.max(2, sample.length / 200);
}

function refused(message: string): FileKind {
  return { kind: 'refused', message };
}
