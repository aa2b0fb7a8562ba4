import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { fixture } from './fixtures';
import { Harness, problemTexts } from './harness';
import { seedBasics } from './seed';

describe('reading CSV files as clients keep them', () => {
  const tempDir = useTempDir();

  it('reads an Excel "CSV UTF-8" file: byte order mark, semicolons, CRLF, quoted separators and line breaks', async () => {
    const h = await Harness.create(tempDir());
    const ids = await seedBasics(h);
    const report = await h.import('services', fixture('services-excel-semicolon.csv'));
    expect(problemTexts(report)).toEqual([]);
    expect(report.source).toMatchObject({ format: 'csv', encoding: 'UTF-8 with BOM', delimiter: ';' });
    expect(report).toMatchObject({
      applied: true,
      rowCount: 3,
      counts: { create: 2, update: 1, unchanged: 0 },
    });

    const hosting = await h.call('services.get', { id: ids['SVC-001']! });
    expect(hosting.description).toBe('Managed hosting\r\nwith patching; backups');
    expect(hosting.customerIds).toEqual([ids['CUS-001'], ids['CUS-002']]);
    expect(hosting.components).toEqual([
      { name: 'Web tier', type: 'application', owner: 'Platform team', operatedBySupplierId: ids['SUP-001'] },
      { name: 'Database', type: 'database', owner: 'DBA team', operatedBySupplierId: null },
    ]);
    expect(hosting.catalogue).toMatchObject({ inCatalogue: true, visibility: 'customers' });

    // The codeless row got the next free code after every code in the workspace and the file.
    const services = await h.call('services.list', { search: '' });
    const byName = new Map(services.rows.map((row) => [row.name, row]));
    expect(byName.get('Payroll')).toMatchObject({
      code: 'SVC-011',
      lifecycle: 'pipeline',
      criticality: 'critical',
    });
    const backup = await h.call('services.get', { id: byName.get('Backup')!.id });
    // "Depends on: Payroll" names a service created by an earlier row of the same file.
    expect(backup).toMatchObject({
      code: 'SVC-010',
      lifecycle: 'retired',
      dependsOnIds: [byName.get('Payroll')!.id],
    });
    h.close();
  });

  it('reads a comma-separated file with LF line ends, no byte order mark, quoted commas and doubled quotes', async () => {
    const h = await Harness.create(tempDir());
    const report = await h.import('customers', fixture('customers-lf-comma.csv'));
    expect(problemTexts(report)).toEqual([]);
    expect(report.source).toMatchObject({ encoding: 'UTF-8', delimiter: ',' });
    const customers = await h.call('customers.list', { search: '' });
    const harbour = await h.call('customers.get', {
      id: customers.rows.find((row) => row.code === 'CUS-010')!.id,
    });
    expect(harbour).toMatchObject({
      name: 'Harbour Logistics, Ltd',
      description: 'Ships "everything"\nand more',
      contacts: [{ name: 'Jo Bloggs', role: 'Buyer', email: 'jo@example.com', phone: '+47 555 0101' }],
    });
    expect(customers.rows.find((row) => row.code === 'CUS-011')).toMatchObject({ kind: 'internal' });
    h.close();
  });

  it('reads decimal commas and dotted dates from a semicolon file', async () => {
    const h = await Harness.create(tempDir());
    const ids = await seedBasics(h);
    const report = await h.import('measurements', fixture('measurements-decimal-comma.csv'));
    expect(problemTexts(report)).toEqual([]);
    const measured = await h.call('measurements.list', { targetId: ids['TGT-001']! });
    expect(measured.map(({ periodStart, value, note, met }) => ({ periodStart, value, note, met }))).toEqual([
      { periodStart: '2026-01-01', value: 99.95, note: '', met: true },
      { periodStart: '2026-02-01', value: 99.2, note: 'Outage; 3 hours', met: false },
    ]);
    h.close();
  });

  it('reads the same rows whether lines end in CRLF or LF', async () => {
    const text = 'Code,Name,Kind\nCUS-050,"Two\nlines",External\nCUS-051,Plain,Internal\n';
    const results = [];
    for (const variant of [text, text.replaceAll('\n', '\r\n')]) {
      const h = await Harness.create(tempDir(), `ws-${results.length}.clausebook`);
      const report = await h.import('customers', variant);
      expect(problemTexts(report)).toEqual([]);
      const rows = (await h.call('customers.list', { search: '' })).rows.map(({ code, kind }) => ({
        code,
        kind,
      }));
      results.push({ rows, counts: report.counts });
      h.close();
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]!.rows).toEqual([
      { code: 'CUS-050', kind: 'external' },
      { code: 'CUS-051', kind: 'internal' },
    ]);
  });

  it('refuses Windows-1252 text, naming the encoding, the byte and the row (a quoted line break does not shift it)', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const before = h.contentHash();
    const report = await h.import('agreements', fixture('agreements-windows-1252.csv'));
    expect(report.applied).toBe(false);
    expect(problemTexts(report)).toEqual([
      'The file is not UTF-8 text: row 3 holds the byte 0xE9 ("é" in Windows-1252), so it was probably saved as ANSI/Windows-1252. Save it again as "CSV UTF-8 (Comma delimited)", or convert it to UTF-8, and import it again.',
    ]);
    expect(report.problems[0]!.kind).toBe('file');
    expect(h.contentHash()).toBe(before);
    h.close();
  });

  it('gives one clear message for an empty file, a blank file, binary data, UTF-16 and old .xls workbooks', async () => {
    const h = await Harness.create(tempDir());
    const cases: [string, Uint8Array, string][] = [
      ['empty.csv', new Uint8Array(), 'The file is empty.'],
      ['blank.csv', Buffer.from('\ufeff\r\n  \r\n', 'utf8'), 'The file is empty.'],
      [
        'junk.csv',
        Uint8Array.from({ length: 4096 }, (_unused, index) => (index * 7919 + 13) % 256),
        'The file holds binary data, not CSV text or an Excel workbook. Choose a .csv or .xlsx file.',
      ],
      [
        'unicode.csv',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Code\tName\r\n', 'utf16le')]),
        'The file is UTF-16 text (Excel\'s "Unicode Text"). Save it as "CSV UTF-8 (Comma delimited)" or as an Excel workbook (.xlsx), and import that.',
      ],
      [
        'old.xls',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
        'The file is an Excel 97–2003 workbook (.xls) or a password-protected workbook. Save it as an Excel workbook (.xlsx) without a password, or as "CSV UTF-8", and import that.',
      ],
      [
        'fake.xlsx',
        Buffer.from('Code,Name\n'),
        'The file is named .xlsx but is not an Excel workbook; it may be damaged.',
      ],
    ];
    for (const [fileName, bytes, message] of cases) {
      const report = await h.import('customers', bytes, { fileName });
      expect(report.problems, fileName).toEqual([
        { kind: 'file', row: null, column: null, message, text: message },
      ]);
      expect(report.applied, fileName).toBe(false);
    }
    h.close();
  });

  it('says plainly when columns are separated by tabs or bars instead of commas or semicolons', async () => {
    const h = await Harness.create(tempDir());
    const tabs = await h.import('customers', fixture('customers-tab-separated.csv'));
    expect(problemTexts(tabs)).toEqual([
      'The columns of this file are separated by tabs; Clausebook reads CSV files separated by commas or semicolons. Save it as "CSV UTF-8 (Comma delimited)" or as an Excel workbook (.xlsx).',
    ]);
    const bars = await h.import('customers', 'Code|Name|Kind\nCUS-1|A|External\nCUS-2|B|External\n');
    expect(problemTexts(bars)[0]).toMatch(
      /^The columns of this file are separated by vertical bars \("\|"\)/,
    );
    h.close();
  });

  it('names the row where a quoted value is never closed, and a row with more values than the header', async () => {
    const h = await Harness.create(tempDir());
    const unclosed = await h.import(
      'customers',
      'Code,Name,Kind\nCUS-1,Fine,External\nCUS-2,"Broken,External\nCUS-3,Also,External\n',
    );
    expect(problemTexts(unclosed)).toEqual([
      'The file cannot be read as CSV: a quoted value that starts in row 3 is never closed. Check the quotes in that row.',
    ]);
    const wide = await h.import(
      'customers',
      'Code,Name,Kind\nCUS-1,Fine,External\nCUS-2,Acme, Inc,External\n',
    );
    expect(problemTexts(wide)).toEqual([
      'Row 3: this row has 4 values but the header row names 3 columns; a value that holds the separator may be missing its quotes.',
    ]);
    expect(wide.applied).toBe(false);
    h.close();
  });

  it('skips blank rows but keeps the row numbers a spreadsheet shows', async () => {
    const h = await Harness.create(tempDir());
    const report = await h.import(
      'customers',
      '\r\nCode,Name,Kind\r\n,,\r\nCUS-1,Fine,External\r\n\r\nCUS-2,,External\r\n',
    );
    expect(problemTexts(report)).toEqual(['Row 6, column "Name": Enter the customer name.']);
    h.close();
  });

  it('accepts a header row without data rows as nothing to import', async () => {
    const h = await Harness.create(tempDir());
    const report = await h.import('customers', '\ufeffCode,Name,Kind\r\n');
    expect(report).toMatchObject({
      applied: true,
      rowCount: 0,
      problemCount: 0,
      counts: { create: 0, update: 0 },
    });
    expect(report.notes).toContain('The file has a header row but no data rows: there is nothing to import.');
    h.close();
  });
});
