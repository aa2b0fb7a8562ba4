import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readListCell, writeListCell } from '../../../src-main/core/import-export/cells/list-cell';

describe('several values in one cell', () => {
  it('reads items separated by ";" or line breaks, parts by "|", ignoring spaces around them', () => {
    expect(readListCell(' Web tier | app |Ops| SUP-1 ;Database|db\r\nCache ', { parts: true })).toEqual({
      ok: true,
      items: [['Web tier', 'app', 'Ops', 'SUP-1'], ['Database', 'db'], ['Cache']],
    });
    expect(readListCell('A|B Ltd; ;C;', { parts: false })).toEqual({ ok: true, items: [['A|B Ltd'], ['C']] });
    expect(readListCell('\\\\fs01\\share\\a.pdf; "x;y"', { parts: false })).toEqual({
      ok: true,
      items: [['\\\\fs01\\share\\a.pdf'], ['x;y']],
    });
  });

  it('writes values holding separators, quotes or outer spaces in quotes', () => {
    expect(writeListCell([['a;b', 'c|d', '"q"', ' x '], ['plain', 'text "inside"', '', ''], ['']])).toBe(
      '"a;b"|"c|d"|"""q"""|" x "; plain|text "inside"; ""',
    );
  });

  it('reads back exactly what it writes', () => {
    const part = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', ';', '|', '"', '\n', '\r', '\\', 'é', '\t'),
    });
    const items = fc.array(fc.array(part, { minLength: 1, maxLength: 4 }), { maxLength: 5 });
    fc.assert(
      fc.property(items, (written) => {
        // Trailing empty parts are not written: they read back as missing, which means empty.
        const expected = written.map((parts) => {
          const kept = [...parts];
          while (kept.length > 1 && kept[kept.length - 1] === '') kept.pop();
          return kept;
        });
        expect(readListCell(writeListCell(written), { parts: true })).toEqual({ ok: true, items: expected });
      }),
      { numRuns: 500 },
    );
  });
});
