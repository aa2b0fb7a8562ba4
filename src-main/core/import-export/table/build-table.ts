import { cellText } from '../cells/cell-text';
import { isBlankCell, type Cell, type Table, type TableRow } from './table';

/** What one reading pass over a file learns about its table, without keeping its rows. */
export type TableShape = Pick<
  Table,
  'headers' | 'headerRow' | 'rowCount' | 'rowProblems' | 'columnsWithData'
> & { width: number };

/**
 * Finds the header row and the data rows of a file as its rows go past, one at a time: the header
 * is the first row that is not blank, blank rows are skipped (their numbers are kept, so later rows
 * keep the numbers a spreadsheet shows), and columns at the right with neither a header nor a
 * value are dropped.
 *
 * With `strictWidth` (CSV), a row with more values than the header has columns is a problem: in a
 * CSV file that almost always means a separator inside a value without quotes around it.
 */
export class TableShapeBuilder {
  #header: TableRow | null = null;
  #headerWidth = 0;
  #width = 0;
  #rowCount = 0;
  readonly #rowProblems: { row: number; message: string }[] = [];
  readonly #columnsWithData = new Set<number>();

  constructor(private readonly options: { strictWidth: boolean; emptyMessage: string }) {}

  /** Takes the next row of the file; true when it is a data row. */
  add(row: TableRow): boolean {
    if (row.cells.every(isBlankCell)) return false;
    if (!this.#header) {
      this.#header = row;
      this.#headerWidth = this.#width = lastFilled(row.cells);
      return false;
    }
    this.#rowCount += 1;
    const used = lastFilled(row.cells);
    row.cells.forEach((cell, index) => {
      if (!isBlankCell(cell)) this.#columnsWithData.add(index);
    });
    if (!this.options.strictWidth) this.#width = Math.max(this.#width, used);
    else if (used > this.#headerWidth) {
      this.#rowProblems.push({
        row: row.number,
        message: `this row has ${used} values but the header row names ${this.#headerWidth} columns; a value that holds the separator may be missing its quotes.`,
      });
    }
    return true;
  }

  /** Notes a problem with a whole row found while reading it. */
  problem(row: number, message: string): void {
    this.#rowProblems.push({ row, message });
  }

  finish(): ({ ok: true } & TableShape) | { ok: false; message: string } {
    const header = this.#header;
    if (!header) return { ok: false, message: this.options.emptyMessage };
    const width = this.#width;
    return {
      ok: true,
      width,
      headers: padCells(header.cells, width).map((cell) => cellText(cell).trim()),
      headerRow: header.number,
      rowCount: this.#rowCount,
      rowProblems: this.#rowProblems,
      columnsWithData: new Set([...this.#columnsWithData].filter((index) => index < width)),
    };
  }
}

/** The data rows of a file whose shape is known, each with exactly `width` cells. */
export function* dataRows(rows: Iterable<TableRow>, headerRow: number, width: number): Generator<TableRow> {
  for (const row of rows) {
    if (row.number <= headerRow || row.cells.every(isBlankCell)) continue;
    yield { number: row.number, cells: padCells(row.cells, width) };
  }
}

function padCells(cells: readonly Cell[], width: number): Cell[] {
  return Array.from({ length: width }, (_unused, index) => cells[index] ?? null);
}

function lastFilled(cells: readonly Cell[]): number {
  for (let index = cells.length - 1; index >= 0; index -= 1) {
    if (!isBlankCell(cells[index] ?? null)) return index + 1;
  }
  return 0;
}
