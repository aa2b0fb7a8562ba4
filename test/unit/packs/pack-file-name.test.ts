import { describe, expect, it } from 'vitest';
import { packFileName } from '../../../src-main/core/packs/export/packs-folder';

describe('a pack file name', () => {
  const at = '2026-11-22T09:15:00.000Z';
  const id = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

  it('names the client, the day and the pack', () => {
    expect(packFileName('Harbourline Managed Services Ltd', at, id)).toBe(
      'Harbourline Managed Services Ltd evidence pack 2026-11-22 0f1e2d3c.pdf',
    );
  });

  it('keeps letters of any script but drops what a file system would refuse', () => {
    expect(packFileName('Αθηνά / Ростелеком: "A|B"?*', at, id)).toBe(
      'Αθηνά Ростелеком A B evidence pack 2026-11-22 0f1e2d3c.pdf',
    );
    expect(packFileName('..\\..\\etc\\passwd\u0000', at, id)).toBe(
      '.. .. etc passwd evidence pack 2026-11-22 0f1e2d3c.pdf',
    );
  });

  it('never starts empty and never grows past a portable length', () => {
    expect(packFileName('  <>  ', at, id)).toBe('Client evidence pack 2026-11-22 0f1e2d3c.pdf');
    expect(packFileName('x'.repeat(300), at, id).length).toBeLessThanOrEqual(130);
  });
});
