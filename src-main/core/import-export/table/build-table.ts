import { cellText } from '../cells/cell-text';
import { isBlankCell, type Cell, type Table, type TableRow } from './table';

type BuiltTable = Pick<Table, 'headers' | 'headerRow' | 'rows' | 'rowProblems'>;

/**
 * Finds the header row and the data rows in the rows of a file: the header is the first row that
 * is not blank, blank rows are skipped (their numbers are kept, so later rows keep the numbers a
 * spreadsheet shows), and columns at the right with neither a header nor a value are dropped.
 *
 * With `strictWidth` (CSV), a row with more values than the header has columns is a problem: in a
 * CSV file that almost always means a separator inside a value without quotes around it.
 */
export function buildTable(
  rows: readonly TableRow[],
  options: { strictWidth: boolean; emptyMessage: string },
): ({ ok: true } & BuiltTable) | { ok: false; message: string } {
  const headerAt = rows.findIndex((row) => !row.cells.every(isBlankCell));
  const headerRow = rows[headerAt];
  if (!headerRow) return { ok: false, message: options.emptyMessage };
  const dataRows = rows.slice(headerAt + 1).filter((row) => !row.cells.every(isBlankCell));
  const rowProblems: { row: number; message: string }[] = [];

  let width = lastFilled(headerRow.cells);
  if (options.strictWidth) {
    for (const row of dataRows) {
      const used = lastFilled(row.cells);
      if (used > width) {
        rowProblems.push({
          row: row.number,
          message: `this row has ${used} values but the header row names ${width} columns; a value that holds the separator may be missing its quotes.`,
        });
      }
    }
  } else {
    for (const row of dataRows) width = Math.max(width, lastFilled(row.cells));
  }

  const pad = (cells: Cell[]): Cell[] =>
    Array.from({ length: width }, (_unused, index) => cells[index] ?? null);
  return {
    ok: true,
    headers: pad(headerRow.cells).map((cell) => cellText(cell).trim()),
    headerRow: headerRow.number,
    rows: dataRows.map((row) => ({ number: row.number, cells: pad(row.cells) })),
    rowProblems,
  };
}

function lastFilled(cells: readonly Cell[]): number {
  for (let index = cells.length - 1; index >= 0; index -= 1) {
    if (!isBlankCell(cells[index] ?? null)) return index + 1;
  }
  return 0;
}
