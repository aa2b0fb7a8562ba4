import { EventLoopSlicer } from '../../../shared/event-loop-slicer';
import { dataRows, TableShapeBuilder } from './build-table';
import { csvRecords, UnclosedQuote } from './csv-records';
import { detectDelimiter } from './detect-delimiter';
import type { TableRead } from './table';
import { utf8Problem } from './utf8-check';

const delimiterNames: Record<string, string> = { '\t': 'tabs', '|': 'vertical bars ("|")' };

/**
 * Reads CSV text as clients keep it: UTF-8 with or without a byte order mark, separated by commas
 * or semicolons (found from the header row: Excel writes semicolons where the decimal separator
 * is a comma), quoted values that hold separators and line breaks, CRLF or LF line ends.
 *
 * The bytes are held once, as they came; the text is decoded and parsed a chunk at a time, and
 * the reading pauses for the event loop between slices of rows.
 */
export async function readCsv(bytes: Uint8Array, bom: boolean): Promise<TableRead> {
  const encodingProblem = utf8Problem(bytes);
  if (encodingProblem) return { ok: false, message: encodingProblem };
  // The header row decides the separator; the first megabyte holds it in any file a person made.
  const head = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes.subarray(0, 1024 * 1024));
  const delimiter = detectDelimiter(head);
  const unsupported = delimiterNames[delimiter];
  if (unsupported) {
    return {
      ok: false,
      message: `The columns of this file are separated by ${unsupported}; Clausebook reads CSV files separated by commas or semicolons. Save it as "CSV UTF-8 (Comma delimited)" or as an Excel workbook (.xlsx).`,
    };
  }
  // The first pass learns the table's shape and keeps no rows; `rows()` reads them again.
  const shape = new TableShapeBuilder({ strictWidth: true, emptyMessage: 'The file is empty.' });
  const malformed: number[] = [];
  const slicer = new EventLoopSlicer();
  try {
    for (const record of csvRecords(bytes, delimiter)) {
      if (slicer.due) await slicer.checkpoint();
      if (shape.add(record) && record.invalidQuotes) malformed.push(record.number);
    }
  } catch (error) {
    if (!(error instanceof UnclosedQuote)) throw error;
    return {
      ok: false,
      message: `The file cannot be read as CSV: a quoted value that starts in row ${error.row} is never closed. Check the quotes in that row.`,
    };
  }
  const built = shape.finish();
  if (!built.ok) return built;
  // A quote in the middle of an unquoted value (5" display) is read as it stands; a malformed quoted value is not.
  for (const row of malformed) {
    built.rowProblems.push({
      row,
      message:
        'a quoted value is not closed properly (text follows its closing quote); check the quotes in this row.',
    });
  }
  return {
    ok: true,
    table: {
      headers: built.headers,
      headerRow: built.headerRow,
      rowCount: built.rowCount,
      rows: () => dataRows(csvRecords(bytes, delimiter), built.headerRow, built.width),
      columnsWithData: built.columnsWithData,
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
