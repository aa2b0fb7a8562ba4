import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../../src-main/core/import-export/table/csv-records';
import { readCsv } from '../../../src-main/core/import-export/table/read-csv';

/** File bytes that remember the furthest byte any reader has taken a view of. */
class WatchedBytes extends Uint8Array {
  furthest = 0;
  override subarray(begin?: number, end?: number): Uint8Array<ArrayBuffer> {
    this.furthest = Math.max(this.furthest, Math.min(end ?? this.length, this.length));
    return super.subarray(begin, end);
  }
}

const ROWS = 200_000;

function measurementsCsv(): string {
  const lines = ['Target,Period start,Value,Note'];
  for (let row = 0; row < ROWS; row += 1) lines.push(`TGT-${row % 500},2024-01-01,99.${row % 100},`);
  return `${lines.join('\r\n')}\r\n`;
}

describe('reading a large CSV file', () => {
  it('reads the rows a chunk at a time, never the whole file before the first row', async () => {
    const bytes = new WatchedBytes(Buffer.from(measurementsCsv(), 'utf8'));
    expect(bytes.length).toBeGreaterThan(5 * 1024 * 1024);
    const read = await readCsv(bytes, false);
    if (!read.ok) throw new Error(read.message);
    expect(read.table.rowCount).toBe(ROWS);

    bytes.furthest = 0;
    const rows = read.table.rows()[Symbol.iterator]();
    const first = rows.next();
    expect(first.value).toEqual({ number: 2, cells: ['TGT-0', '2024-01-01', '99.0', ''] });
    // One chunk of about a megabyte decoded, of a file five times that size.
    expect(bytes.furthest).toBeLessThanOrEqual(1024 * 1024);

    let count = 1;
    let last = first.value;
    for (let next = rows.next(); !next.done; next = rows.next()) {
      count += 1;
      last = next.value;
    }
    expect(count).toBe(ROWS);
    expect(last).toEqual({ number: ROWS + 1, cells: [`TGT-${(ROWS - 1) % 500}`, '2024-01-01', '99.99', ''] });
    expect(bytes.furthest).toBe(bytes.length);
  });

  it('gives the same records as parsing the whole text, with values and line ends across chunk edges', () => {
    // Quoted values with separators, quotes and line breaks, and two-byte letters, in rows of
    // varying length, so chunk edges fall inside every kind of value and between \r and \n.
    const lines = ['Code,Name,Description'];
    for (let row = 0; row < 60_000; row += 1) {
      const name = row % 3 === 0 ? `"Élan, ""${row}"""` : `Café ${row}`;
      const description =
        row % 7 === 0 ? `"first line\r\nsecond, line ${'é'.repeat(row % 13)}"` : `plain ${row}`;
      lines.push(`SVC-${row},${name},${description}`);
    }
    const text = `\ufeff${lines.join('\r\n')}\r\n`;
    const bytes = Buffer.from(text, 'utf8');
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);

    const streamed = [...csvRecords(bytes, ',')].map((record) => record.cells);
    const whole = Papa.parse<string[]>(text.slice(1), { delimiter: ',' }).data;
    expect(streamed.length).toBe(whole.length);
    expect(streamed).toEqual(whole);
  });

  it('names the row of a quoted value that is never closed, in a later chunk', async () => {
    const lines = ['Target,Period start,Value,Note'];
    for (let row = 0; row < 100_000; row += 1) lines.push(`TGT-1,2024-01-01,99,`);
    lines.push('TGT-1,2024-01-01,99,"never closed');
    lines.push('TGT-1,2024-01-01,99,');
    const read = await readCsv(Buffer.from(lines.join('\n'), 'utf8'), false);
    expect(read).toEqual({
      ok: false,
      message:
        'The file cannot be read as CSV: a quoted value that starts in row 100002 is never closed. Check the quotes in that row.',
    });
  });
});
