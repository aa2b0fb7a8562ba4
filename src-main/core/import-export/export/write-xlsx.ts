import type { OutCell } from '../cells/codec';
import { calendarDateToDateCell } from '../table/excel-dates';
import { loadExcelJs } from '../table/load-exceljs';
import type { ExportTable } from './export-table';

/** Text that starts with apostrophes before = + - @ would lose one when read back: it gets one more. */
const apostrophesBeforeFormula = /^'+[=+\-@\t\r]/;

/**
 * An XLSX workbook with one sheet: a bold, frozen header row with filters, numbers as numbers and
 * dates as date cells (so Excel sorts and filters them as dates). Text is stored as text cells,
 * which a spreadsheet never runs as a formula, so it needs no escaping.
 */
export async function writeXlsx(table: ExportTable, now: Date): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Clausebook';
  workbook.created = now;
  workbook.modified = now;
  const sheet = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers);
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(xlsxValue));
    row.forEach((cell, index) => {
      if (typeof cell === 'object') added.getCell(index + 1).numFmt = 'yyyy-mm-dd';
    });
  }
  table.headers.forEach((header, index) => {
    const longest = Math.max(header.length, ...table.rows.slice(0, 200).map((row) => xlsxWidth(row[index])));
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function xlsxValue(cell: OutCell): string | number | Date {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') return apostrophesBeforeFormula.test(cell) ? `'${cell}` : cell;
  return calendarDateToDateCell(cell.date);
}

function xlsxWidth(cell: OutCell | undefined): number {
  if (cell === undefined) return 0;
  if (typeof cell === 'object') return 10;
  return Math.max(
    ...String(cell)
      .split('\n')
      .map((line) => line.length),
  );
}
