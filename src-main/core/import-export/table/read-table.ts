import { fileTooLarge } from '../import-limits';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { sniffFile } from './sniff-file';
import type { TableRead } from './table';

/**
 * Reads a client's file as a table, whatever its name says: the content decides between an XLSX
 * workbook and CSV text, and everything else is refused with one message saying what it is.
 */
export async function readTable(
  bytes: Uint8Array,
  options: { fileName: string; sheet: string | null },
): Promise<TableRead> {
  const tooLarge = fileTooLarge(bytes.byteLength);
  if (tooLarge) return { ok: false, message: tooLarge };
  const sniffed = sniffFile(bytes, options.fileName);
  switch (sniffed.kind) {
    case 'refused':
      return { ok: false, message: sniffed.message };
    case 'xlsx':
      return readXlsx(bytes, options.sheet);
    case 'text':
      return readCsv(bytes, sniffed.bom);
  }
}
