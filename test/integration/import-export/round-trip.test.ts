import { describe, expect, it } from 'vitest';
import { registerNames, type RegisterName } from '../../../src-main/core/registers/register-names';
import { useTempDir } from '../../helpers/temp-dir';
import { Harness, problemTexts } from './harness';
import { seedEverything } from './rich-seed';
import { sheetValues } from './workbook';

/**
 * The order a set of register files is imported into an empty workspace: each register after the
 * ones it names. Suppliers and services name each other (a supplier provides services, a service
 * component is operated by a supplier), so suppliers come in twice: first without the services
 * they provide, then whole once the services exist.
 */
const importOrder: { register: RegisterName; without?: string }[] = [
  { register: 'customers' },
  { register: 'suppliers', without: 'providesServices' },
  { register: 'services' },
  { register: 'suppliers' },
  { register: 'agreements' },
  { register: 'targets' },
  { register: 'measurements' },
  { register: 'reviews' },
];

async function importAll(
  h: Harness,
  files: Map<RegisterName, Buffer>,
  format: 'csv' | 'xlsx',
): Promise<void> {
  for (const { register, without } of importOrder) {
    const content = files.get(register)!;
    const fileName = `${register}.${format}`;
    let mapping: (string | null)[] | undefined;
    if (without) {
      const preview = await h.call('registers.importPreview', {
        register,
        fileName,
        content: content.toString('base64'),
      });
      mapping = preview.mapping.map((key) => (key === without ? null : key));
    }
    const report = await h.import(register, content, { fileName, ...(mapping ? { mapping } : {}) });
    expect(problemTexts(report), `${register}`).toEqual([]);
    expect(report.applied, register).toBe(true);
  }
}

async function exportAll(h: Harness, format: 'csv' | 'xlsx'): Promise<Map<RegisterName, Buffer>> {
  const files = new Map<RegisterName, Buffer>();
  for (const register of registerNames) files.set(register, await h.export(register, format));
  return files;
}

describe('export and import round trip', () => {
  const tempDir = useTempDir();

  it('CSV: export → import into a fresh workspace → export again gives the same bytes, for every register', async () => {
    const original = await Harness.create(tempDir(), 'original.clausebook');
    await seedEverything(original);
    const first = await exportAll(original, 'csv');
    expect(first.get('services')!.toString('utf8')).toContain('SVC-010');

    const copy = await Harness.create(tempDir(), 'copy.clausebook');
    await importAll(copy, first, 'csv');
    const second = await exportAll(copy, 'csv');
    for (const register of registerNames) {
      expect(second.get(register)!.toString('utf8'), register).toBe(first.get(register)!.toString('utf8'));
    }
    original.close();
    copy.close();
  });

  it('XLSX: export → import into a fresh workspace → export again gives the same cells, and the same CSV', async () => {
    const original = await Harness.create(tempDir(), 'original.clausebook');
    await seedEverything(original);
    const first = await exportAll(original, 'xlsx');

    const copy = await Harness.create(tempDir(), 'copy.clausebook');
    await importAll(copy, first, 'xlsx');
    const second = await exportAll(copy, 'xlsx');
    for (const register of registerNames) {
      expect(await sheetValues(second.get(register)!), register).toEqual(
        await sheetValues(first.get(register)!),
      );
      expect((await copy.export(register, 'csv')).toString('utf8'), register).toBe(
        (await original.export(register, 'csv')).toString('utf8'),
      );
    }
    original.close();
    copy.close();
  });

  it("importing a register's own export changes nothing, in either format", async () => {
    const h = await Harness.create(tempDir());
    await seedEverything(h);
    const before = h.contentHash();
    for (const format of ['csv', 'xlsx'] as const) {
      for (const register of registerNames) {
        const report = await h.import(register, await h.export(register, format), {
          fileName: `${register}.${format}`,
        });
        expect(problemTexts(report), `${register} ${format}`).toEqual([]);
        expect(report.counts, `${register} ${format}`).toEqual({
          create: 0,
          update: 0,
          unchanged: report.rowCount,
        });
      }
    }
    expect(h.contentHash()).toBe(before);
    h.close();
  });
});
