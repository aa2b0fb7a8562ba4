import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayFileName } from '../../../src-main/core/evidence/evidence-name';
import { useTempDir } from '../../helpers/temp-dir';
import { base64, expectChainIntact, openChecklist } from '../assessment/checklist-fixtures';

const long = `${'x'.repeat(300)}.pdf`;

/** Each hostile or awkward name, and the plain name it is kept under (see evidence-name.ts). */
const cases: [given: string, kept: string][] = [
  ['../../escaped-evidence.txt', 'escaped-evidence.txt'],
  ['..\\..\\escaped-evidence-win.txt', 'escaped-evidence-win.txt'],
  ['/etc/passwd', 'passwd'],
  ['C:\\Windows\\System32\\drivers\\etc\\hosts', 'hosts'],
  ['reports/2026/q3 review.pdf', 'q3 review.pdf'],
  ['evidence/../../../escaped-evidence-mixed.txt', 'escaped-evidence-mixed.txt'],
  ['..', 'unnamed file'],
  ['../', 'unnamed file'],
  ['...', 'unnamed file'],
  ['nul\u0000byte.txt', 'nul_byte.txt'],
  ['line\nbreak\r\tname.txt', 'line_break__name.txt'],
  ['\u001b[31mred.txt', '_[31mred.txt'],
  ['invoice\u202efdp.exe', 'invoicefdp.exe'],
  ['report.pdf. . ', 'report.pdf'],
  ['  spaced   out  .txt', 'spaced out .txt'],
  [long, `${'x'.repeat(250)}….pdf`],
  ['ISO 20000 Übersicht – Richtlinie.pdf', 'ISO 20000 Übersicht – Richtlinie.pdf'],
];

/** Every entry under a folder, as relative paths. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('evidence file names', () => {
  const tempDir = useTempDir();

  it('are made plain names to show, as documented', () => {
    for (const [given, kept] of cases) {
      expect(displayFileName(given), JSON.stringify(given)).toEqual({ name: kept, adjusted: kept !== given });
    }
    expect(Array.from(displayFileName(long).name)).toHaveLength(255);
    // A cut never splits a character in two.
    const emoji = displayFileName('😀'.repeat(300)).name;
    expect(Array.from(emoji)).toHaveLength(255);
    expect(emoji.endsWith('😀…')).toBe(true);
    // A lone surrogate would not survive a round trip through UTF-8.
    expect(Buffer.from(emoji, 'utf8').toString('utf8')).toBe(emoji);
    // A very long extension is not kept whole.
    expect(displayFileName(`${'a'.repeat(250)}.${'b'.repeat(40)}`).name).toBe(
      `${'a'.repeat(250)}.${'b'.repeat(3)}…`,
    );
  });

  it('never become paths: adding files under hostile names writes nothing anywhere', async () => {
    const root = tempDir();
    const workspaceDir = path.join(root, 'engagements', 'fjordline');
    mkdirSync(workspaceDir, { recursive: true });
    const { h } = await openChecklist(workspaceDir);
    try {
      const before = listing(root);
      // Other test processes share these folders: look only for what a leaked name would create.
      const leaked = (dir: string) =>
        readdirSync(dir).filter((name) => /escaped-evidence|^passwd$|^hosts$/.test(name));
      const tmpBefore = leaked(tmpdir());
      const cwdBefore = leaked(process.cwd());

      for (const [index, [given, kept]] of cases.entries()) {
        const added = await h.call('evidence.add', {
          fileName: given,
          content: base64(`evidence ${index}`),
          description: `case ${index}`,
        });
        expect(added.evidence.fileName, JSON.stringify(given)).toBe(kept);
        expect(added.nameAdjusted).toBe(kept !== given);
        const stored = h
          .db()
          .prepare('SELECT file_name FROM evidence WHERE id = ?')
          .pluck()
          .get(added.evidence.id);
        expect(stored).toBe(kept);
        // Renaming goes through the same rule.
        const renamed = await h.call('evidence.update', {
          id: added.evidence.id,
          values: { fileName: given },
        });
        expect(renamed.fileName).toBe(kept);
      }

      expect(listing(root)).toEqual(before);
      expect(leaked(tmpdir())).toEqual(tmpBefore);
      expect(leaked(process.cwd())).toEqual(cwdBefore);
      for (const name of ['escaped-evidence.txt', 'escaped-evidence-win.txt', 'passwd', 'hosts']) {
        expect(existsSync(path.join(root, name))).toBe(false);
        expect(existsSync(path.join(root, 'engagements', name))).toBe(false);
      }
      expectChainIntact(h);
    } finally {
      h.close();
    }
  });

  it('of files on this machine are their base name, made plain the same way', async () => {
    const dir = tempDir();
    const { h } = await openChecklist(dir);
    try {
      const file = path.join(dir, 'minutes\nof the review.txt');
      writeFileSync(file, 'Management review minutes');
      const added = await h.call('evidence.addFile', { path: file, description: 'From the share' });
      expect(added).toMatchObject({
        evidence: {
          fileName: 'minutes_of the review.txt',
          mediaType: 'text/plain',
          description: 'From the share',
        },
        nameAdjusted: true,
      });
    } finally {
      h.close();
    }
  });
});
