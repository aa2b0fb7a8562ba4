import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { Harness, problemTexts } from './harness';
import { seedBasics } from './seed';
import { workbook } from './workbook';

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('reading XLSX workbooks as clients keep them', () => {
  const tempDir = useTempDir();

  it('turns date cells and day numbers into YYYY-MM-DD, and keeps numbers as numbers', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const bytes = await workbook([
      {
        name: 'Agreements',
        rows: [
          [
            'Code',
            'Title',
            'Type',
            'Status',
            'Customer',
            'Start date',
            'End date',
            'Notice period (days)',
            'Review cadence (months)',
          ],
          // 46023 is Excel's day number of 2026-01-01.
          [
            'AGR-020',
            'Date cells',
            'SLA',
            'Agreed',
            'Nordic Bank',
            utcDate('2026-01-01'),
            utcDate('2027-12-31'),
            90,
            12,
          ],
          ['AGR-021', 'Day numbers', 'SLA', 'Draft', 'CUS-001', 46023, 46387.75, 30, 6],
        ],
        style: (sheet) => (sheet.getCell('F2').numFmt = 'dd/mm/yyyy'),
      },
    ]);
    const report = await h.import('agreements', bytes, { fileName: 'agreements.xlsx' });
    expect(problemTexts(report)).toEqual([]);
    expect(report.source).toEqual({
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      sheet: 'Agreements',
      sheets: ['Agreements'],
    });
    const rows = (await h.call('agreements.list', { search: '' })).rows;
    const byCode = new Map(rows.map((row) => [row.code, row]));
    const dates = await h.call('agreements.get', { id: byCode.get('AGR-020')!.id });
    expect(dates).toMatchObject({
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      noticePeriodDays: 90,
      reviewCadenceMonths: 12,
    });
    const serials = await h.call('agreements.get', { id: byCode.get('AGR-021')!.id });
    // A day number with a time of day is still that day.
    expect(serials).toMatchObject({ startDate: '2026-01-01', endDate: '2026-12-31', noticePeriodDays: 30 });
    h.close();
  });

  it('counts day numbers from 1904 in a workbook that uses the 1904 date system', async () => {
    const h = await Harness.create(tempDir());
    const ids = await seedBasics(h);
    const bytes = await workbook(
      [
        {
          name: 'Data',
          rows: [
            ['Target', 'Period start', 'Value'],
            ['TGT-001', 44561, 99.9],
          ],
        },
      ],
      { date1904: true },
    );
    const report = await h.import('measurements', bytes, { fileName: 'm.xlsx' });
    expect(problemTexts(report)).toEqual([]);
    const [measured] = await h.call('measurements.list', { targetId: ids['TGT-001']! });
    expect(measured).toMatchObject({ periodStart: '2026-01-01', value: 99.9 });
    h.close();
  });

  it('uses the saved result of a formula, reads percentages as shown, and rich text and links as their text', async () => {
    const h = await Harness.create(tempDir());
    const ids = await seedBasics(h);
    const bytes = await workbook([
      {
        name: 'Targets',
        rows: [
          ['Code', 'Name', 'Agreement', 'Metric', 'Comparison', 'Threshold', 'Unit', 'Period'],
          [
            'TGT-001',
            { richText: [{ text: 'Availability ' }, { text: 'of hosting', font: { bold: true } }] },
            { text: 'Acme hosting SLA', hyperlink: 'https://intranet.example/agr-001' },
            'availability',
            '≥',
            0.999,
            '%',
            'MONTHLY',
          ],
          [
            'TGT-002',
            'First response',
            'AGR-001',
            'Response time',
            'at most',
            { formula: '2*2', result: 4 },
            'hours',
            'monthly',
          ],
        ],
        style: (sheet) => (sheet.getCell('F2').numFmt = '0.0%'),
      },
    ]);
    const report = await h.import('targets', bytes, { fileName: 'targets.xlsx' });
    expect(problemTexts(report)).toEqual([]);
    const availability = await h.call('targets.get', { id: ids['TGT-001']! });
    expect(availability).toMatchObject({
      name: 'Availability of hosting',
      comparison: '>=',
      threshold: 99.9,
      period: 'monthly',
    });
    expect(await h.call('targets.get', { id: ids['TGT-002']! })).toMatchObject({
      threshold: 4,
      comparison: '<=',
    });
    h.close();
  });

  it('refuses a formula without a saved result and an error value, naming the cell', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const before = h.contentHash();
    const bytes = await workbook([
      {
        name: 'Measurements',
        rows: [
          ['Target', 'Period start', 'Value', 'Note'],
          ['TGT-001', '2026-01-01', 99.9, ''],
          ['TGT-001', '2026-02-01', { formula: 'C2-0.5' }, ''],
          ['TGT-001', '2026-03-01', { error: '#N/A' }, ''],
          // A row of nothing but formulas, as a generating tool writes them, is not skipped as blank.
          [{ formula: 'A2' }, { formula: 'B2' }, { formula: 'C2' }],
        ],
      },
    ]);
    const report = await h.import('measurements', bytes, { fileName: 'measurements.xlsx' });
    expect(problemTexts(report)).toEqual([
      'Row 3, column "Value": cell C3 holds the formula =C2-0.5 without a saved result; open the file in Excel and save it, or paste the values in place of the formulas.',
      'Row 4, column "Value": cell C4 holds the Excel error #N/A.',
      'Row 5, column "Target": cell A5 holds the formula =A2 without a saved result; open the file in Excel and save it, or paste the values in place of the formulas.',
      'Row 5, column "Period start": cell B5 holds the formula =B2 without a saved result; open the file in Excel and save it, or paste the values in place of the formulas.',
      'Row 5, column "Value": cell C5 holds the formula =C2 without a saved result; open the file in Excel and save it, or paste the values in place of the formulas.',
    ]);
    const preview = await h.call('registers.importPreview', {
      register: 'measurements',
      fileName: 'measurements.xlsx',
      content: bytes.toString('base64'),
    });
    expect(preview.rows.map((row) => [row.status, ...row.cells])).toEqual([
      ['create', 'TGT-001', '2026-01-01', '99.9', ''],
      ['problem', 'TGT-001', '2026-02-01', '=C2-0.5', ''],
      ['problem', 'TGT-001', '2026-03-01', '#N/A', ''],
      ['problem', '=A2', '=B2', '=C2', ''],
    ]);
    expect(report.applied).toBe(false);
    expect(h.contentHash()).toBe(before);
    h.close();
  });

  it('ignores empty trailing rows and columns, even when they are formatted', async () => {
    const h = await Harness.create(tempDir());
    const bytes = await workbook([
      {
        name: 'Customers',
        rows: [
          ['Code', 'Name', 'Kind'],
          ['CUS-100', 'Trailing Co', 'External'],
          ['', null, '   '],
        ],
        style: (sheet) => {
          for (let row = 4; row <= 40; row += 1)
            sheet.getCell(row, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
          sheet.getCell('F1').font = { bold: true };
        },
      },
    ]);
    const report = await h.import('customers', bytes, { fileName: 'customers.xlsx' });
    expect(problemTexts(report)).toEqual([]);
    expect(report).toMatchObject({ rowCount: 1, counts: { create: 1 } });
    h.close();
  });

  it('reads the first visible sheet, or the sheet named (case aside), and lists the sheets when it is missing', async () => {
    const h = await Harness.create(tempDir());
    const bytes = await workbook([
      { name: 'Lists', state: 'hidden', rows: [['Kinds'], ['External']] },
      {
        name: 'Customers',
        rows: [
          ['Code', 'Name', 'Kind'],
          ['CUS-200', 'First Visible', 'External'],
        ],
      },
      {
        name: 'Archive 2024',
        rows: [
          ['Code', 'Name', 'Kind'],
          ['CUS-201', 'Archived', 'Internal'],
        ],
      },
    ]);
    const first = await h.import('customers', bytes, { fileName: 'c.xlsx', dryRun: true });
    expect(first.source).toMatchObject({
      sheet: 'Customers',
      sheets: ['Lists', 'Customers', 'Archive 2024'],
    });
    expect(first.changes).toEqual([{ row: 2, action: 'create', label: 'CUS-200 First Visible' }]);
    const named = await h.import('customers', bytes, {
      fileName: 'c.xlsx',
      dryRun: true,
      sheet: ' archive 2024 ',
    });
    expect(named.changes).toEqual([{ row: 2, action: 'create', label: 'CUS-201 Archived' }]);
    const missing = await h.import('customers', bytes, { fileName: 'c.xlsx', sheet: 'Suppliers' });
    expect(problemTexts(missing)).toEqual([
      'The workbook has no sheet named "Suppliers"; its sheets are "Lists", "Customers", "Archive 2024".',
    ]);
    h.close();
  });

  it('reads a workbook whatever its file is called, and refuses a damaged one', async () => {
    const h = await Harness.create(tempDir());
    const bytes = await workbook([
      {
        name: 'S',
        rows: [
          ['Code', 'Name', 'Kind'],
          [1001, 'Numeric code', 'external'],
        ],
      },
    ]);
    const report = await h.import('customers', bytes, { fileName: 'export.csv' });
    expect(report.changes).toEqual([{ row: 2, action: 'create', label: '1001 Numeric code' }]);
    const damaged = await h.import('customers', bytes.subarray(0, 300), { fileName: 'damaged.xlsx' });
    expect(damaged.problems[0]).toMatchObject({ kind: 'file' });
    expect(damaged.problems[0]!.message).toMatch(/^The file is not a readable Excel workbook \(.+\)\.$/);
    h.close();
  });
});
