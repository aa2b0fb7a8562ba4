/**
 * A spreadsheet as read from a client's file, before it means anything: a header row and data rows
 * of cells. Row numbers are the ones a spreadsheet program shows for the same file (the header is
 * usually row 1), so every message can point at the row the user will look for.
 */

/** One cell: text (CSV, or text cells of a workbook), or a typed value from a workbook. */
export type Cell = string | number | boolean | Date | null;

export interface TableRow {
  /** The row number a spreadsheet program shows for this row. */
  number: number;
  cells: Cell[];
}

/** A problem with one cell found while reading it, such as a formula without a saved result. */
export interface CellProblem {
  row: number;
  column: number;
  message: string;
}

export interface SourceFacts {
  format: 'csv' | 'xlsx';
  /** How the text was encoded (CSV only). */
  encoding: 'UTF-8' | 'UTF-8 with BOM' | null;
  /** The column separator found in the file (CSV only). */
  delimiter: ',' | ';' | null;
  /** The worksheet read (XLSX only), and every worksheet of the workbook. */
  sheet: string | null;
  sheets: string[];
}

export interface Table {
  source: SourceFacts;
  /** Excel's 1904 date system (old Mac workbooks): serial numbers count from 1904-01-01. */
  date1904: boolean;
  /** The header row's texts, trimmed; an empty string for a column without a header. */
  headers: string[];
  headerRow: number;
  /** How many data rows the file has. */
  rowCount: number;
  /**
   * The data rows, in file order, each with a cell for every header. Read afresh on every call:
   * a CSV file's rows are parsed as they are used, so a large file is never held as rows.
   */
  rows(): Iterable<TableRow>;
  /** The columns with a value in at least one data row. */
  columnsWithData: ReadonlySet<number>;
  cellProblems: CellProblem[];
  /** Problems that belong to a whole row, such as more values than the header has columns. */
  rowProblems: { row: number; message: string }[];
}

/** Reading a file gives a table, or one message saying why the file cannot be read as one. */
export type TableRead = { ok: true; table: Table } | { ok: false; message: string };

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function isBlankCell(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}
