import Papa from 'papaparse';
import { unescapeFormula } from '../cells/formula-escape';
import type { Cell } from './table';

/** How much of the file is decoded and parsed at a time: large enough for papaparse's line-ending guess. */
const CHUNK_BYTES = 1024 * 1024;

/** One record of a CSV file, numbered as papaparse counts records (a quoted line break does not start one). */
export interface CsvRecord {
  number: number;
  cells: Cell[];
  /** A quoted value in this record has text after its closing quote. */
  invalidQuotes: boolean;
}

/** A quoted value that is never closed: the file cannot be read past it. */
export class UnclosedQuote extends Error {
  override readonly name = 'UnclosedQuote';
  constructor(readonly row: number) {
    super(`a quoted value that starts in row ${row} is never closed`);
  }
}

/**
 * Reads the records of UTF-8 CSV bytes one at a time, a chunk of the file decoded and parsed at a
 * time, so a file of a million rows is never one string nor one array of rows. Each call starts
 * again from the first byte: the import reads a file once to learn its shape, then again to check
 * and write its rows. The values are papaparse's, exactly as a whole-file parse would give them.
 */
export function* csvRecords(bytes: Uint8Array, delimiter: string): Generator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let newline: '\n' | '\r' | '\r\n' | null = null;
  // The record that may continue in the next chunk is parsed again with it, from `pending`.
  let pending = '';
  let emitted = 0;
  for (let start = 0; start < bytes.length || start === 0; start += CHUNK_BYTES) {
    const last = start + CHUNK_BYTES >= bytes.length;
    const text = pending + decoder.decode(bytes.subarray(start, start + CHUNK_BYTES), { stream: !last });
    newline ??= guessLineEndings(text);
    const parsed = new Papa.Parser({ delimiter, newline, skipEmptyLines: false }).parse(text, 0, !last) as {
      data: string[][];
      errors: Papa.ParseError[];
      meta: { cursor: number };
    };
    const invalid = new Set<number>();
    for (const error of parsed.errors) {
      if (error.row === undefined || error.row >= parsed.data.length) continue;
      if (error.code === 'MissingQuotes') throw new UnclosedQuote(emitted + error.row + 1);
      if (error.code === 'InvalidQuotes') invalid.add(error.row);
    }
    if (last) {
      const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
      if (unclosed) throw new UnclosedQuote(emitted + (unclosed.row ?? 0) + 1);
    }
    pending = last ? '' : text.slice(parsed.meta.cursor);
    for (let index = 0; index < parsed.data.length; index += 1) {
      emitted += 1;
      yield {
        number: emitted,
        cells: parsed.data[index]!.map((value): Cell => unescapeFormula(value)),
        invalidQuotes: invalid.has(index),
      };
    }
    if (last) return;
  }
}

/**
 * The line ending of a file, decided as papaparse decides it for a whole-file parse (from its first
 * megabyte, quoted text left out), so that parsing in chunks reads every file the same way.
 */
function guessLineEndings(text: string): '\n' | '\r' | '\r\n' {
  const sample = text.slice(0, 1024 * 1024).replace(/"([^]*?)"/gm, '');
  const byReturn = sample.split('\r');
  const byNewline = sample.split('\n');
  const newlineFirst = byNewline.length > 1 && byNewline[0]!.length < byReturn[0]!.length;
  if (byReturn.length === 1 || newlineFirst) return '\n';
  const followedByNewline = byReturn.filter((part) => part.startsWith('\n')).length;
  return followedByNewline >= byReturn.length / 2 ? '\r\n' : '\r';
}
