import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { Harness } from './harness';
import { seedBasics } from './seed';

describe('the import and export methods of the API', () => {
  const tempDir = useTempDir();

  it('serves the page: base64 in, a report out; an export as a named, typed download', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const imported = await h.dispatch(
      'registers.import',
      {
        register: 'customers',
        fileName: 'c.csv',
        content: Buffer.from('Name,Kind\nNew Co,External\n').toString('base64'),
      },
      'renderer',
    );
    expect(imported).toMatchObject({ ok: true, value: { applied: true, counts: { create: 1 } } });

    const exported = await h.dispatch(
      'registers.export',
      { register: 'customers', format: 'csv' },
      'renderer',
    );
    expect(exported.ok).toBe(true);
    const file = (
      exported as { value: { fileName: string; mimeType: string; content: string; rowCount: number } }
    ).value;
    expect(file.fileName).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    expect(file.rowCount).toBe(4);
    expect(Buffer.from(file.content, 'base64').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const xlsx = await h.call('registers.export', { register: 'targets', format: 'xlsx' });
    expect(xlsx.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Buffer.from(xlsx.content, 'base64').subarray(0, 2).toString()).toBe('PK');
    h.close();
  });

  it('validates inputs at the boundary: content must be base64 and at most 50 MiB, the register known', async () => {
    const h = await Harness.create(tempDir());
    const call = (input: Record<string, unknown>) =>
      h.dispatch(
        'registers.import',
        { register: 'customers', fileName: 'c.csv', content: 'QQ==', ...input },
        'renderer',
      );
    expect(await call({ content: 'not base64!' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'content: The file content must be base64.' },
    });
    expect(await call({ content: 'A'.repeat(Math.ceil((50 * 1024 * 1024) / 3) * 4 + 4) })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'content: The file is larger than 50 MiB; split it into smaller files.',
      },
    });
    expect(await call({ register: 'invoices' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    h.close();
  });

  it('keeps the path-taking methods from the page', async () => {
    const h = await Harness.create(tempDir());
    for (const [method, input] of [
      ['registers.importFile', { register: 'customers', path: '/etc/passwd' }],
      ['registers.exportFile', { register: 'customers', path: '/tmp/x.csv' }],
    ] as const) {
      expect(await h.dispatch(method, input, 'renderer')).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    h.close();
  });

  it('writes an export file whole or not at all, never over an existing file, and leaves no temporary file', async () => {
    const dir = tempDir();
    const h = await Harness.create(dir);
    await seedBasics(h);
    const target = `${dir}/services.xlsx`;
    expect(await h.call('registers.exportFile', { register: 'services', path: target })).toMatchObject({
      path: target,
      rowCount: 2,
    });
    expect(await h.dispatch('registers.exportFile', { register: 'services', path: target })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `${target} already exists; choose another name, or move the existing file away first.`,
      },
    });
    expect(
      await h.dispatch('registers.exportFile', { register: 'services', path: `${dir}/services.txt` }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Give a file name ending in .csv or .xlsx (not services.txt).' },
    });
    expect(
      await h.dispatch('registers.exportFile', { register: 'services', path: `${dir}/missing/s.csv` }),
    ).toMatchObject({
      ok: false,
      error: { code: 'IO', message: `The folder ${dir}/missing does not exist.` },
    });
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    h.close();
  });
});
