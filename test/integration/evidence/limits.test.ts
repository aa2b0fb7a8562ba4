import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../../src-main/core/evidence/evidence-limits';
import { addEvidence } from '../../../src-main/core/evidence/evidence-store';
import { writeContext } from '../../../src-main/core/registers/write-context';
import { useTempDir } from '../../helpers/temp-dir';
import { lastSeq, openChecklist } from '../assessment/checklist-fixtures';
import { sparseFile } from '../../helpers/sparse-file';

const tooLarge = (name: string) =>
  `"${name}" is 100.1 MiB; an evidence file may be at most 100 MiB. Split it, compress it, or keep an extract.`;
const empty = (name: string) => `"${name}" is empty (0 bytes): there is nothing in it to keep as evidence.`;

describe('evidence size', () => {
  const tempDir = useTempDir();

  it('is limited to 100 MiB, checked by the contract before the content is decoded and again by the store', async () => {
    expect(MAX_EVIDENCE_BYTES).toBe(100 * 1024 * 1024);
    const { h } = await openChecklist(tempDir());
    try {
      const before = lastSeq(h);
      const content = 'A'.repeat(Math.ceil((MAX_EVIDENCE_BYTES + 1) / 3) * 4);
      const error = await h.failure('evidence.add', { fileName: 'recording.mp4', content });
      expect(error).toEqual({
        code: 'VALIDATION',
        message: `content: ${tooLarge('recording.mp4')}`,
        details: { issues: [{ path: ['content'], message: tooLarge('recording.mp4') }] },
      });

      // The store does not rely on the contract.
      const bytes = Buffer.alloc(MAX_EVIDENCE_BYTES + 1, 1);
      expect(() =>
        addEvidence(writeContext(h.db()), {
          fileName: 'recording.mp4',
          mediaType: '',
          bytes,
          description: '',
          effectiveDate: null,
          links: [],
        }),
      ).toThrow(tooLarge('recording.mp4'));
      expect(h.db().prepare('SELECT count(*) FROM evidence_blob').pluck().get()).toBe(0);
      expect(lastSeq(h)).toBe(before);
    } finally {
      h.close();
    }
  });

  it('refuses a file on this machine that is too large before reading it', async () => {
    const dir = tempDir();
    const { h } = await openChecklist(dir);
    try {
      const big = sparseFile(path.join(dir, 'backup-export.zip'), MAX_EVIDENCE_BYTES + 1);
      expect(await h.failure('evidence.addFile', { path: big })).toEqual({
        code: 'VALIDATION',
        message: tooLarge('backup-export.zip'),
        details: { issues: [{ path: ['path'], message: tooLarge('backup-export.zip') }] },
      });
      // Exactly at the limit is allowed.
      const atLimit = sparseFile(path.join(dir, 'at-limit.bin'), MAX_EVIDENCE_BYTES);
      const added = await h.call('evidence.addFile', { path: atLimit });
      expect(added.evidence).toMatchObject({ fileName: 'at-limit.bin', sizeBytes: MAX_EVIDENCE_BYTES });
    } finally {
      h.close();
    }
  });

  it('must be more than nothing', async () => {
    const dir = tempDir();
    const { h } = await openChecklist(dir);
    try {
      expect(await h.failure('evidence.add', { fileName: 'blank.pdf', content: '' })).toEqual({
        code: 'VALIDATION',
        message: `content: ${empty('blank.pdf')}`,
        details: { issues: [{ path: ['content'], message: empty('blank.pdf') }] },
      });
      const file = path.join(dir, 'blank.txt');
      writeFileSync(file, '');
      expect((await h.failure('evidence.addFile', { path: file })).message).toBe(empty('blank.txt'));
      expect(() =>
        addEvidence(writeContext(h.db()), {
          fileName: 'blank.txt',
          mediaType: '',
          bytes: new Uint8Array(0),
          description: '',
          effectiveDate: null,
          links: [],
        }),
      ).toThrow(empty('blank.txt'));
      expect((await h.failure('evidence.addFile', { path: path.join(dir, 'missing.pdf') })).message).toBe(
        `There is no file ${path.join(dir, 'missing.pdf')}.`,
      );
      expect((await h.failure('evidence.addFile', { path: dir })).message).toBe(`${dir} is not a file.`);
      expect((await h.failure('evidence.add', { fileName: 'x.pdf', content: 'not base64!' })).message).toBe(
        'content: The file content must be base64.',
      );
    } finally {
      h.close();
    }
  });
});
