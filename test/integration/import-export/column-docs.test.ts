import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerColumns } from '../../../src-main/core/import-export/columns';
import { registerNames } from '../../../src-main/core/registers/register-names';
import { repoRoot } from '../../helpers/cli';

/** The rows of the column table in the docs section for one register: [header, required]. */
function documentedColumns(markdown: string, register: string): [string, boolean][] {
  const start = markdown.indexOf(`(\`${register}\`)\n`);
  if (start < 0) return [];
  const section = markdown.slice(start).split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .slice(2)
    .map((line) => {
      const [header = '', required = ''] = line
        .split(/(?<!\\)\|/)
        .slice(1)
        .map((cell) => cell.trim());
      return [header, required === 'yes'];
    });
}

describe('docs/registers-columns.md', () => {
  it('documents every column of every register, in the order files are written, with the required ones marked', () => {
    const markdown = readFileSync(path.join(repoRoot, 'docs/registers-columns.md'), 'utf8');
    for (const register of registerNames) {
      const defined = registerColumns[register].columns.map((column): [string, boolean] => [
        column.header,
        column.required,
      ]);
      expect(documentedColumns(markdown, register), register).toEqual(defined);
    }
  });
});
