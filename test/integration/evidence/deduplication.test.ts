import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { parsed } from '../registers/api-harness';
import {
  base64,
  expectChainIntact,
  lastSeq,
  logSince,
  openChecklist,
} from '../assessment/checklist-fixtures';

const policy = Buffer.from('%PDF-1.7\nService management policy, approved 2026-02-01 by the board.\n');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('evidence content', () => {
  const tempDir = useTempDir();

  it('is stored once per distinct content, under its SHA-256, and read back unchanged', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      const first = await h.call('evidence.add', {
        fileName: 'SM policy v3.pdf',
        mediaType: 'application/pdf',
        content: base64(policy),
        description: 'Signed policy',
        effectiveDate: '2026-02-01',
      });
      expect(first).toEqual({
        evidence: expect.objectContaining({
          code: 'EVD-001',
          fileName: 'SM policy v3.pdf',
          mediaType: 'application/pdf',
          sizeBytes: policy.byteLength,
          sha256: sha256(policy),
          preview: 'pdf',
        }),
        nameAdjusted: false,
        sameContentAs: [],
      });

      // The same bytes again, under another name: a second evidence record, one stored content.
      const second = await h.call('evidence.add', {
        fileName: 'policy (copy).pdf',
        content: base64(policy),
        description: 'Sent again by the service owner',
      });
      expect(second.evidence).toMatchObject({
        code: 'EVD-002',
        sha256: sha256(policy),
        fileName: 'policy (copy).pdf',
      });
      expect(second.evidence.id).not.toBe(first.evidence.id);
      expect(second.sameContentAs).toEqual([
        {
          id: first.evidence.id,
          code: 'EVD-001',
          fileName: 'SM policy v3.pdf',
          mediaType: 'application/pdf',
          sizeBytes: policy.byteLength,
          effectiveDate: '2026-02-01',
        },
      ]);
      const blobs = h.db().prepare('SELECT sha256, size_bytes FROM evidence_blob').all();
      expect(blobs).toEqual([{ sha256: sha256(policy), size_bytes: policy.byteLength }]);

      for (const added of [first, second]) {
        const content = await h.call('evidence.content', { id: added.evidence.id });
        expect(Buffer.from(content.content, 'base64').equals(policy)).toBe(true);
        expect(content).toMatchObject({ sha256: sha256(policy), sizeBytes: policy.byteLength });
      }

      // Different content is a second blob.
      const other = Buffer.from('Minutes of the management review, 2026-03-12.');
      await h.call('evidence.add', { fileName: 'minutes.txt', content: base64(other) });
      expect(h.db().prepare('SELECT sha256 FROM evidence_blob ORDER BY sha256').pluck().all()).toEqual(
        [sha256(policy), sha256(other)].sort(),
      );
    } finally {
      h.close();
    }
  });

  it('shared by two files survives the delete of one, and goes with the last', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      const first = await h.call('evidence.add', { fileName: 'a.pdf', content: base64(policy) });
      const second = await h.call('evidence.add', { fileName: 'b.pdf', content: base64(policy) });
      const since = lastSeq(h);

      expect(await h.call('evidence.delete', { id: first.evidence.id })).toEqual({
        deleted: first.evidence.id,
        contentRemoved: false,
      });
      expect(h.db().prepare('SELECT count(*) FROM evidence_blob').pluck().get()).toBe(1);
      const content = await h.call('evidence.content', { id: second.evidence.id });
      expect(Buffer.from(content.content, 'base64').equals(policy)).toBe(true);
      expect((await h.failure('evidence.get', { id: first.evidence.id })).code).toBe('NOT_FOUND');

      expect(await h.call('evidence.delete', { id: second.evidence.id })).toEqual({
        deleted: second.evidence.id,
        contentRemoved: true,
      });
      expect(h.db().prepare('SELECT count(*) FROM evidence_blob').pluck().get()).toBe(0);
      expect((await h.failure('evidence.delete', { id: second.evidence.id })).code).toBe('NOT_FOUND');

      expect(logSince(h, since)).toEqual([
        ['evidence', 'delete', first.evidence.id],
        ['evidence', 'delete', second.evidence.id],
      ]);
      const deleted = h.changeLog().at(-1)!;
      expect(parsed(deleted.before)).toMatchObject({ code: 'EVD-002', sha256: sha256(policy) });
      expect(deleted.after).toBeNull();
      expectChainIntact(h);
    } finally {
      h.close();
    }
  });

  it('that no longer matches its fingerprint is not handed out', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      const added = await h.call('evidence.add', { fileName: 'a.pdf', content: base64(policy) });
      h.db()
        .prepare('UPDATE evidence_blob SET content = ? WHERE sha256 = ?')
        .run(Buffer.from(policy).fill(0x20, 10, 20), sha256(policy));
      const error = await h.failure('evidence.content', { id: added.evidence.id });
      expect(error).toEqual({
        code: 'WORKSPACE_CORRUPT',
        message:
          'The stored content of evidence file EVD-001 (a.pdf) no longer matches its SHA-256 fingerprint. Restore the workspace from a backup.',
      });
    } finally {
      h.close();
    }
  });
});
