import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from '../../../src-main/core/import-export/cells/formula-escape';
import { useTempDir } from '../../helpers/temp-dir';
import { Harness, problemTexts } from './harness';

describe('text that a spreadsheet would run as a formula', () => {
  const tempDir = useTempDir();

  it('is written to CSV with a leading apostrophe, and read back without it', async () => {
    const h = await Harness.create(tempDir());
    // (A leading tab or CR cannot reach a register: the schemas trim text. The unit test below covers them.)
    const risky = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', "'=already escaped"];
    for (const [index, text] of risky.entries()) {
      await h.create('customers', {
        code: `CUS-${index + 1}`,
        name: `Customer ${index + 1}`,
        kind: 'external',
        description: text,
      });
    }
    await h.create('customers', {
      code: 'CUS-9',
      name: "O'Brien - plain",
      kind: 'external',
      description: "'apostrophe, no formula",
    });
    const csv = (await h.export('customers', 'csv')).toString('utf8');
    const rows = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    const descriptions = rows.slice(1).map((row) => row[4]);
    expect(descriptions).toEqual([
      `'=HYPERLINK("http://evil.example","x")`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "''=already escaped",
      "'apostrophe, no formula",
    ]);
    // No cell of the file starts with a formula character.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const reimported = await h.import('customers', csv);
    expect(problemTexts(reimported)).toEqual([]);
    expect(reimported.counts).toEqual({ create: 0, update: 0, unchanged: 6 });
    h.close();
  });

  it('leaves negative numbers in number columns as numbers', async () => {
    const h = await Harness.create(tempDir());
    const customer = await h.create('customers', { code: 'CUS-1', name: 'C', kind: 'external' });
    const agreement = await h.create('agreements', {
      code: 'AGR-1',
      title: 'A',
      type: 'sla',
      status: 'agreed',
      customerId: customer,
    });
    await h.create('targets', {
      code: 'TGT-1',
      agreementId: agreement,
      name: 'Drift',
      metric: 'custom',
      threshold: -1.5,
    });
    const csv = (await h.export('targets', 'csv')).toString('utf8');
    expect(csv.split('\r\n')[1]).toBe('TGT-1,Drift,AGR-1,,Custom,,-1.5,,');
    h.close();
  });

  it('is a text cell in XLSX, never a formula', async () => {
    const h = await Harness.create(tempDir());
    await h.create('customers', { code: 'CUS-1', name: '=1+1', kind: 'external' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await h.export('customers', 'xlsx')).buffer);
    const cell = book.worksheets[0]!.getCell('B2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=1+1');
    h.close();
  });

  it('escaping then unescaping gives back any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }),
        (text) => {
          expect(unescapeFormula(escapeFormula(text))).toBe(text);
          expect(escapeFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});
