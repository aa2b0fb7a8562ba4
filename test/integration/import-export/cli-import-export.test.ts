import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { sha256File } from '../../helpers/file-state';
import { useTempDir } from '../../helpers/temp-dir';
import { fixtureDir } from './fixtures';
import { Harness } from './harness';
import { seedBasics } from './seed';
import { workbook } from './workbook';

/** A closed workspace with the basic records, ready for the CLI to open. */
async function seededWorkspace(dir: string): Promise<string> {
  const h = await Harness.create(dir);
  await seedBasics(h);
  h.close();
  return h.file;
}

describe('clausebook import and export', () => {
  const tempDir = useTempDir();

  it('explains both commands with --help', () => {
    const overview = runCli(['--help']);
    expect(overview.stdout).toContain('  import ');
    expect(overview.stdout).toContain('  export ');
    const importHelp = runCli(['import', '--help']);
    expect(importHelp.status).toBe(0);
    expect(importHelp.stdout).toContain(
      'Usage: clausebook import <file> <register> <data.csv|.xlsx> [--dry-run] [--sheet NAME]',
    );
    expect(importHelp.stdout).toContain(
      'services, customers, suppliers, agreements, targets, measurements, reviews',
    );
    const exportHelp = runCli(['export', '--help']);
    expect(exportHelp.status).toBe(0);
    expect(exportHelp.stdout).toContain('Usage: clausebook export <file> <register> <out.csv|.xlsx>');
  });

  it('imports a file and prints what it read and the counts', async () => {
    const dir = tempDir();
    const file = await seededWorkspace(dir);
    const result = runCli(
      ['import', file, 'services', path.join(fixtureDir, 'services-excel-semicolon.csv')],
      { cwd: dir },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        `Read ${path.join(fixtureDir, 'services-excel-semicolon.csv')}: CSV, UTF-8 with BOM, separated by semicolons, 3 rows.`,
        'Imported into services: 2 created, 1 updated, 0 unchanged.',
        '',
      ].join('\n'),
    );
    const info = JSON.parse(runCli(['info', file, '--json']).stdout) as { counts: Record<string, number> };
    expect(info.counts.services).toBe(4);
  });

  it('lists what a dry run would change and leaves the workspace file untouched', async () => {
    const dir = tempDir();
    const file = await seededWorkspace(dir);
    writeFileSync(
      path.join(dir, 'customers.csv'),
      'Code,Name,Kind\nCUS-001,Acme Retail,External\nCUS-002,Nordic Bank ASA,External\n,Fjord Energy,Internal\n',
    );
    const before = sha256File(file);
    const result = runCli(['import', 'client.clausebook', 'customers', 'customers.csv', '--dry-run'], {
      cwd: dir,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        'Read customers.csv: CSV, UTF-8, separated by commas, 3 rows.',
        '  update  row 3  CUS-002 Nordic Bank ASA',
        '  create  row 4  CUS-004 Fjord Energy',
        'Dry run, nothing written to customers: 1 to create, 1 to update, 1 unchanged.',
        '',
      ].join('\n'),
    );
    expect(sha256File(file)).toBe(before);
  });

  it('prints every problem on its own line and exits 1, writing nothing', async () => {
    const dir = tempDir();
    const file = await seededWorkspace(dir);
    writeFileSync(
      path.join(dir, 'agreements.csv'),
      'Code,Title,Type,Status,Customer,Extra\nAGR-010,Good,SLA,Agreed,Acme Retail,\nAGR-011,Typo,SLA,Agreed,Acme Retial,\nAGR-012,Odd,Handshake,Agreed,CUS-001,\n',
    );
    const before = sha256File(file);
    const result = runCli(['import', file, 'agreements', 'agreements.csv'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      'Read agreements.csv: CSV, UTF-8, separated by commas, 3 rows.\nNote: The column "Extra" is not imported.\n',
    );
    expect(result.stderr).toBe(
      [
        'Row 3, column "Customer": no customer with code or name "Acme Retial"',
        'Row 4, column "Type": "Handshake" is not a type of agreement Clausebook knows; use SLA, OLA, Contract or Other.',
        'Nothing was imported into agreements: 2 problems to fix first.',
        '',
      ].join('\n'),
    );
    expect(sha256File(file)).toBe(before);
  });

  it('exits 2 with one line on stderr for input it cannot read', async () => {
    const dir = tempDir();
    const file = await seededWorkspace(dir);
    const cases: [string[], string][] = [
      [
        ['import', file, 'agreements', path.join(fixtureDir, 'agreements-windows-1252.csv')],
        `clausebook import: ${path.join(fixtureDir, 'agreements-windows-1252.csv')}: The file is not UTF-8 text: row 3 holds the byte 0xE9`,
      ],
      [['import', file, 'customers', 'missing.csv'], 'clausebook import: There is no file missing.csv.'],
      [
        ['import', file, 'invoices', 'x.csv'],
        'clausebook import: unknown register "invoices"; use one of services, customers',
      ],
      [['import', file, 'customers'], 'clausebook import: missing <data>.'],
      [
        ['export', file, 'customers', 'out.pdf'],
        'clausebook export: the output file must end in .csv or .xlsx, not "out.pdf".',
      ],
    ];
    for (const [args, start] of cases) {
      const result = runCli(args, { cwd: dir });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr.startsWith(start), `${args.join(' ')}: ${result.stderr}`).toBe(true);
    }
  });

  it('reads a named sheet of a workbook with --sheet', async () => {
    const dir = tempDir();
    const file = await seededWorkspace(dir);
    writeFileSync(
      path.join(dir, 'book.xlsx'),
      await workbook([
        { name: 'Read me', rows: [['This workbook lists our customers.']] },
        {
          name: 'Customers',
          rows: [
            ['Code', 'Name', 'Kind'],
            ['CUS-070', 'Sheet Co', 'External'],
          ],
        },
      ]),
    );
    const result = runCli(['import', file, 'customers', 'book.xlsx', '--sheet', 'customers'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'Read book.xlsx: Excel workbook, sheet "Customers", 1 row.\nImported into customers: 1 created, 0 updated, 0 unchanged.\n',
    );
  });

  it('exports to a new file, refuses to overwrite it, and the export imports into another workspace unchanged', async () => {
    const dir = tempDir();
    const file = await seededWorkspace(dir);
    const exported = runCli(['export', file, 'customers', 'customers.csv'], { cwd: dir });
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/^Exported 3 rows of customers to .*customers\.csv \(\d+ B\)\.\n$/);
    const csv = readFileSync(path.join(dir, 'customers.csv'));
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.toString('utf8').slice(1).split('\r\n')[0]).toBe(
      'Code,Name,Kind,Relationship manager,Description,Contacts',
    );

    const before = sha256File(path.join(dir, 'customers.csv'));
    const again = runCli(['export', file, 'customers', 'customers.csv'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(
      'clausebook export: customers.csv already exists; choose another name, or move the existing file away first.\n',
    );
    expect(sha256File(path.join(dir, 'customers.csv'))).toBe(before);

    expect(runCli(['new', 'other', '--org', 'Other Org'], { cwd: dir }).status).toBe(0);
    const imported = runCli(['import', 'other.clausebook', 'customers', 'customers.csv'], { cwd: dir });
    expect(imported.stdout).toContain('Imported into customers: 3 created, 0 updated, 0 unchanged.');
    expect(runCli(['export', 'other.clausebook', 'customers', 'copy.csv'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'copy.csv'))).toEqual(csv);
  });
});
