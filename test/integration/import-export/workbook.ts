import ExcelJS from 'exceljs';

type SheetRows = (ExcelJS.CellValue | undefined)[][];

/**
 * Builds an XLSX workbook in memory with exceljs, as a client's spreadsheet would be: the tests
 * describe their fixtures as data instead of committing binary files.
 */
export async function workbook(
  sheets: {
    name: string;
    rows: SheetRows;
    state?: 'visible' | 'hidden';
    style?: (sheet: ExcelJS.Worksheet) => void;
  }[],
  options: { date1904?: boolean } = {},
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  if (options.date1904) book.properties.date1904 = true;
  for (const { name, rows, state, style } of sheets) {
    const sheet = book.addWorksheet(name, { state: state ?? 'visible' });
    rows.forEach((row, index) => {
      row.forEach((value, column) => {
        if (value !== undefined) sheet.getCell(index + 1, column + 1).value = value;
      });
    });
    style?.(sheet);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The cell values of every row of a workbook's first sheet, as exceljs reads them. */
export async function sheetValues(bytes: Uint8Array): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}
