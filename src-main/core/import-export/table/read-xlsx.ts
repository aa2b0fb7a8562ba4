import { dataRows, TableShapeBuilder } from './build-table';
import { loadExcelJs } from './load-exceljs';
import type { CellProblem, Cell, TableRead, TableRow } from './table';
import { readXlsxCell } from './xlsx-cell';

/**
 * Reads one worksheet of an XLSX workbook: the first visible sheet, or the one named (matched
 * without regard to case or surrounding spaces). Every cell is read as the value Excel shows.
 */
export async function readXlsx(bytes: Uint8Array, sheetName: string | null): Promise<TableRead> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs takes an ArrayBuffer holding the file alone. A copy, because the bytes may be a view
    // into a larger buffer (Node pools small Buffers), and Buffer#slice would not copy.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The file is not a readable Excel workbook (${reason}).` };
  }
  const sheets = workbook.worksheets;
  const names = sheets.map((sheet) => sheet.name);
  if (sheets.length === 0) return { ok: false, message: 'The workbook has no worksheets.' };
  const wanted = sheetName?.trim().toLowerCase();
  const worksheet = wanted
    ? sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted)
    : (sheets.find((sheet) => sheet.state === 'visible') ?? sheets[0]);
  if (!worksheet) {
    return {
      ok: false,
      message: `The workbook has no sheet named "${sheetName}"; its sheets are ${names.map((name) => `"${name}"`).join(', ')}.`,
    };
  }

  const rows: TableRow[] = [];
  const cellProblems: CellProblem[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const read = readXlsxCell(cell);
      if ('problem' in read) {
        cellProblems.push({ row: rowNumber, column: columnNumber - 1, message: read.problem });
        // What Excel shows stands in for the value: the row must not look blank and be skipped
        // with its problem, and a row with a problem in an imported column is not read further.
        cells[columnNumber - 1] = read.shown;
      } else {
        cells[columnNumber - 1] = read.value;
      }
    });
    rows.push({ number: rowNumber, cells: Array.from(cells, (cell) => cell ?? null) });
  });

  const shape = new TableShapeBuilder({
    strictWidth: false,
    emptyMessage: `The sheet "${worksheet.name}" is empty.`,
  });
  for (const row of rows) shape.add(row);
  const built = shape.finish();
  if (!built.ok) return built;
  return {
    ok: true,
    table: {
      headers: built.headers,
      headerRow: built.headerRow,
      rowCount: built.rowCount,
      // A workbook is read whole (its size limit keeps that bounded); its rows are kept as read.
      rows: () => dataRows(rows, built.headerRow, built.width),
      columnsWithData: built.columnsWithData,
      rowProblems: built.rowProblems,
      cellProblems: cellProblems.filter((problem) => problem.row > built.headerRow),
      source: { format: 'xlsx', encoding: null, delimiter: null, sheet: worksheet.name, sheets: names },
      date1904: Boolean(workbook.properties.date1904),
    },
  };
}
