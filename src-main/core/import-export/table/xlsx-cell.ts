import type * as ExcelJS from 'exceljs';
import { unescapeFormula } from '../cells/formula-escape';
import type { Cell } from './table';

/**
 * A workbook cell as a plain value, or the reason it cannot be read together with what Excel
 * shows in it (the formula, the error), which stands in for the value in previews.
 */
export type XlsxCellRead = { value: Cell } | { problem: string; shown: string };

/**
 * Turns an exceljs cell into a plain value: numbers stay numbers, date cells stay dates, rich text
 * and hyperlinks become their text, and a formula gives the result Excel saved with it. A formula
 * without a saved result (a file written by a program that does not calculate) or an error value
 * cannot be trusted, and is refused naming the cell.
 */
export function readXlsxCell(cell: ExcelJS.Cell): XlsxCellRead {
  const value = cell.value;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = value.formula ?? ('sharedFormula' in value ? value.sharedFormula : '');
      const result = value.result;
      if (result === undefined || result === null) {
        return {
          problem: `cell ${cell.address} holds the formula =${formula} without a saved result; open the file in Excel and save it, or paste the values in place of the formulas.`,
          shown: `=${formula}`,
        };
      }
      return plain(result, cell);
    }
  }
  return plain(value, cell);
}

function plain(value: ExcelJS.CellValue, cell: ExcelJS.Cell): XlsxCellRead {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string') return { value: unescapeFormula(value) };
  if (typeof value === 'number') return { value: percentText(value, cell) ?? value };
  if (typeof value === 'boolean' || value instanceof Date) return { value };
  if ('error' in value) {
    return { problem: `cell ${cell.address} holds the Excel error ${value.error}.`, shown: value.error };
  }
  if ('richText' in value) return { value: unescapeFormula(value.richText.map((run) => run.text).join('')) };
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    // A hyperlink's text may itself be rich text.
    if (text !== null && typeof text === 'object' && 'richText' in text) {
      return plain(text as ExcelJS.CellRichTextValue, cell);
    }
    return { value: unescapeFormula(String(text ?? '')) };
  }
  return { problem: `cell ${cell.address} holds a value Clausebook cannot read.`, shown: '?' };
}

/**
 * A number formatted as a percentage shows as "99.9%" but is stored as 0.999. The register means
 * what the user sees, so it is read as that text; number columns read "99.9%" as 99.9.
 */
function percentText(value: number, cell: ExcelJS.Cell): string | null {
  const format = cell.numFmt;
  if (typeof format !== 'string' || !/%/.test(format.replace(/"[^"]*"/g, ''))) return null;
  return `${Number((value * 100).toPrecision(15))}%`;
}
