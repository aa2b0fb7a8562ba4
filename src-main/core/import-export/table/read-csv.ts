import Papa from 'papaparse';
import { unescapeFormula } from '../cells/formula-escape';
import { buildTable } from './build-table';
import { detectDelimiter } from './detect-delimiter';
import type { Cell, TableRead, TableRow } from './table';
import { utf8Problem } from './utf8-check';

const delimiterNames: Record<string, string> = { '\t': 'tabs', '|': 'vertical bars ("|")' };

/**
 * Reads CSV text as clients keep it: UTF-8 with or without a byte order mark, separated by commas
 * or semicolons (found from the header row: Excel writes semicolons where the decimal separator
 * is a comma), quoted values that hold separators and line breaks, CRLF or LF line ends.
 */
export function readCsv(bytes: Uint8Array, bom: boolean): TableRead {
  const encodingProblem = utf8Problem(bytes);
  if (encodingProblem) return { ok: false, message: encodingProblem };
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  if (text.trim() === '') return { ok: false, message: 'The file is empty.' };

  const delimiter = detectDelimiter(text);
  const unsupported = delimiterNames[delimiter];
  if (unsupported) {
    return {
      ok: false,
      message: `The columns of this file are separated by ${unsupported}; Clausebook reads CSV files separated by commas or semicolons. Save it as "CSV UTF-8 (Comma delimited)" or as an Excel workbook (.xlsx).`,
    };
  }
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) {
    return {
      ok: false,
      message: `The file cannot be read as CSV: a quoted value that starts in row ${(unclosed.row ?? 0) + 1} is never closed. Check the quotes in that row.`,
    };
  }
  const rows: TableRow[] = parsed.data.map((record, index) => ({
    number: index + 1,
    cells: record.map((value): Cell => unescapeFormula(value)),
  }));
  const built = buildTable(rows, { strictWidth: true, emptyMessage: 'The file is empty.' });
  if (!built.ok) return built;
  // A quote in the middle of an unquoted value (5" display) is read as it stands; a malformed quoted value is not.
  for (const error of parsed.errors) {
    if (error.code === 'InvalidQuotes' && error.row !== undefined) {
      built.rowProblems.push({
        row: error.row + 1,
        message:
          'a quoted value is not closed properly (text follows its closing quote); check the quotes in this row.',
      });
    }
  }
  return {
    ok: true,
    table: {
      headers: built.headers,
      headerRow: built.headerRow,
      rows: built.rows,
      rowProblems: built.rowProblems,
      source: {
        format: 'csv',
        encoding: bom ? 'UTF-8 with BOM' : 'UTF-8',
        delimiter: delimiter === ';' ? ';' : ',',
        sheet: null,
        sheets: [],
      },
      date1904: false,
      cellProblems: [],
    },
  };
}
