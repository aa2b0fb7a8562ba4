import Papa from 'papaparse';
import type { OutCell } from '../cells/codec';
import { escapeFormula } from '../cells/formula-escape';
import type { ExportTable } from './export-table';

const BOM = '\uFEFF';

/**
 * CSV as Excel opens it without asking: UTF-8 with a byte order mark (without one, Excel on
 * Windows reads the file as ANSI and garbles every accented letter), commas, CRLF line ends, and
 * quotes only where a value needs them. Text that a spreadsheet would run as a formula is written
 * with a leading apostrophe.
 */
export function writeCsv(table: ExportTable): Uint8Array {
  const rows = [table.headers.map(escapeFormula), ...table.rows.map((row) => row.map(csvText))];
  const text = Papa.unparse(rows, { delimiter: ',', newline: '\r\n', quotes: false, header: false });
  return new TextEncoder().encode(`${BOM}${text}\r\n`);
}

function csvText(cell: OutCell): string {
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return escapeFormula(cell);
  return cell.date;
}
