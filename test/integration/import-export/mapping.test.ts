import { describe, expect, it } from 'vitest';
import { registerColumns } from '../../../src-main/core/import-export/columns';
import { matchKey } from '../../../src-main/core/import-export/cells/enum-labels';
import { registerNames } from '../../../src-main/core/registers/register-names';
import { useTempDir } from '../../helpers/temp-dir';
import { Harness, problemTexts } from './harness';
import { seedBasics } from './seed';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('the column mapping step', () => {
  const tempDir = useTempDir();

  it('matches headers by name without regard to case, spaces and punctuation, and by the names clients use', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const csv =
      'TARGET CODE;period_start;Measured value;Remarks;Source system\nTGT-001;2026-01-01;99,9;ok;Nagios\n';
    const preview = await h.call('registers.importPreview', {
      register: 'measurements',
      fileName: 'kpi.csv',
      content: base64(csv),
    });
    expect(preview.fileColumns).toEqual([
      { index: 0, header: 'TARGET CODE' },
      { index: 1, header: 'period_start' },
      { index: 2, header: 'Measured value' },
      { index: 3, header: 'Remarks' },
      { index: 4, header: 'Source system' },
    ]);
    expect(preview.mapping).toEqual(['target', 'periodStart', 'value', 'note', null]);
    expect(preview.notes).toEqual(['The column "Source system" is not imported.']);
    expect(preview.rows).toEqual([
      { row: 2, status: 'create', cells: ['TGT-001', '2026-01-01', '99,9', 'ok', 'Nagios'] },
    ]);
    expect(preview.counts).toEqual({ create: 1, update: 0, unchanged: 0 });
    expect(preview.registerColumns.map((column) => [column.key, column.required])).toEqual([
      ['target', true],
      ['periodStart', true],
      ['value', true],
      ['note', false],
    ]);
    h.close();
  });

  it("applies a mapping chosen by the user, and previews the first rows with each one's outcome", async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const csv = [
      'Ref,Customer name,Segment,Manager',
      'CUS-001,Acme Retail,External,',
      'CUS-060,New Co,External,Eva',
      'CUS-061,,Internal,Bo',
    ].join('\n');
    const mapping = ['code', 'name', 'kind', 'relationshipManager'];
    const preview = await h.call('registers.importPreview', {
      register: 'customers',
      fileName: 'c.csv',
      content: base64(csv),
      mapping,
      previewRows: 2,
    });
    expect(preview.mapping).toEqual(mapping);
    expect(preview.rowCount).toBe(3);
    expect(preview.rows.map(({ row, status }) => ({ row, status }))).toEqual([
      { row: 2, status: 'unchanged' },
      { row: 3, status: 'create' },
    ]);
    expect(preview.problems.map((problem) => problem.text)).toEqual([
      'Row 4, column "Customer name": Enter the customer name.',
    ]);
    const report = await h.import('customers', csv.split('\n').slice(0, 3).join('\n'), { mapping });
    expect(report).toMatchObject({ applied: true, counts: { create: 1, update: 0, unchanged: 1 } });
    h.close();
  });

  it('refuses a mapping that fills one column twice, names an unknown column, or does not fit the file', async () => {
    const h = await Harness.create(tempDir());
    const csv = 'A,B,C\nx,y,External\n';
    const twice = await h.import('customers', csv, { mapping: ['name', 'name', 'kind'] });
    expect(problemTexts(twice)).toEqual([
      'Both the column "A" and the column "B" are mapped to "Name"; map only one.',
    ]);
    const unknown = await h.import('customers', csv, { mapping: ['name', 'colour', 'kind'] });
    expect(problemTexts(unknown)).toEqual([
      'The column "B" is mapped to "colour", which customers do not have.',
    ]);
    const short = await h.import('customers', csv, { mapping: ['name', 'kind'] });
    expect(problemTexts(short)).toEqual([
      'The column mapping lists 2 columns but the file has 3; preview the file again.',
    ]);
    const preview = await h.call('registers.importPreview', {
      register: 'customers',
      fileName: 'c.csv',
      content: base64(csv),
    });
    expect(preview.rows).toEqual([{ row: 2, status: 'unchecked', cells: ['x', 'y', 'External'] }]);
    h.close();
  });

  it('gives every register unambiguous headers: no name matches two columns', () => {
    for (const register of registerNames) {
      const owners = new Map<string, string>();
      for (const column of registerColumns[register].columns) {
        for (const name of [column.header, column.key, ...column.aliases]) {
          const key = matchKey(name);
          const owner = owners.get(key);
          expect(
            owner === undefined || owner === column.key,
            `${register}: "${name}" names ${owner} and ${column.key}`,
          ).toBe(true);
          owners.set(key, column.key);
        }
      }
    }
  });
});
