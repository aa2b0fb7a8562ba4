import { describe, expect, it } from 'vitest';
import { attachmentName } from '../../../../src-main/core/packs/document/attachment-name';

describe('the name an evidence file is attached under', () => {
  it('is the code and the file name', () => {
    expect(attachmentName('EVD-004', 'Supplier review minutes.pdf')).toBe(
      'EVD-004 Supplier review minutes.pdf',
    );
    expect(attachmentName('EVD-005', 'Заметки по аудиту.txt')).toBe('EVD-005 Заметки по аудиту.txt');
  });

  it('can be saved as a file on any system', () => {
    expect(attachmentName('EVD-001', 'Q3: "final"? <draft>|v2*.docx')).toBe(
      'EVD-001 Q3_ _final__ _draft__v2_.docx',
    );
    expect(attachmentName('EVD-002', 'a\\b/c\u0007.txt')).toBe('EVD-002 a_b_c_.txt');
  });

  it('is cut in its stem when long, keeping the extension and whole characters', () => {
    const name = attachmentName('EVD-003', `${'Ελληνικά '.repeat(30)}report.xlsx`);
    expect(Array.from(name).length).toBe(120);
    expect(name.startsWith('EVD-003 Ελληνικά')).toBe(true);
    expect(name.endsWith('….xlsx')).toBe(true);
  });

  it('is unique because codes are', () => {
    const names = ['EVD-001', 'EVD-002'].map((code) => attachmentName(code, 'minutes.pdf'));
    expect(new Set(names).size).toBe(2);
  });
});
