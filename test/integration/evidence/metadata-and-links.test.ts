import { describe, expect, it } from 'vitest';
import { mediaTypeOf } from '../../../src-main/core/evidence/media-type';
import { useTempDir } from '../../helpers/temp-dir';
import { parsed } from '../registers/api-harness';
import {
  base64,
  expectChainIntact,
  expectDeleteRefused,
  lastSeq,
  logSince,
  openChecklist,
} from '../assessment/checklist-fixtures';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('evidence metadata', () => {
  const tempDir = useTempDir();

  it('is kept as given, changed field by field, and logged with every change', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      const since = lastSeq(h);
      const { evidence } = await h.call('evidence.add', {
        fileName: 'incident-report-q3.txt',
        mediaType: 'text/plain; charset=utf-8',
        content: base64('Major incidents in Q3: two, both reviewed.'),
        description: 'Quarterly incident report',
        effectiveDate: '2026-09-30',
      });
      expect(evidence).toEqual({
        id: expect.any(String),
        code: 'EVD-001',
        fileName: 'incident-report-q3.txt',
        mediaType: 'text/plain',
        sizeBytes: 42,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        description: 'Quarterly incident report',
        effectiveDate: '2026-09-30',
        preview: 'text',
        items: [],
        records: [],
        addedAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(await h.call('evidence.get', { id: evidence.id })).toEqual(evidence);

      const renamed = await h.call('evidence.update', {
        id: evidence.id,
        values: { fileName: 'Q3 incidents.txt', description: '  Reviewed in the CAB  ' },
      });
      expect(renamed).toMatchObject({
        fileName: 'Q3 incidents.txt',
        description: 'Reviewed in the CAB',
        effectiveDate: '2026-09-30',
        sha256: evidence.sha256,
      });
      const undated = await h.call('evidence.update', { id: evidence.id, values: { effectiveDate: null } });
      expect(undated).toMatchObject({ effectiveDate: null, fileName: 'Q3 incidents.txt' });
      // Unchanged values write nothing.
      await h.call('evidence.update', { id: evidence.id, values: { description: 'Reviewed in the CAB' } });
      // The content is not something an update can touch.
      expect(
        (await h.failure('evidence.update', { id: evidence.id, values: { content: 'AAAA' } })).code,
      ).toBe('VALIDATION');

      expect(logSince(h, since).map(([register, operation]) => `${register} ${operation}`)).toEqual([
        'evidence create',
        'evidence update',
        'evidence update',
      ]);
      const entries = h.changeLog().filter((entry) => entry.seq > since);
      expect(parsed(entries[1]!.before)).toMatchObject({ fileName: 'incident-report-q3.txt' });
      expect(parsed(entries[1]!.after)).toMatchObject({ fileName: 'Q3 incidents.txt' });
      expect(entries[0]!.after).not.toContain('Major incidents');
      expectChainIntact(h);
    } finally {
      h.close();
    }
  });

  it('has a media type the content vouches for before any claim or extension', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      // A PNG sent as text is an image; text sent as a PNG is not.
      const image = await h.call('evidence.add', {
        fileName: 'screenshot.txt',
        mediaType: 'text/plain',
        content: base64(png),
      });
      expect(image.evidence).toMatchObject({ mediaType: 'image/png', preview: 'image' });
      const fake = await h.call('evidence.add', {
        fileName: 'fake.png',
        mediaType: 'image/png',
        content: base64('<svg onload="alert(1)"/>'),
      });
      expect(fake.evidence).toMatchObject({ mediaType: 'application/octet-stream', preview: null });
      const svg = await h.call('evidence.add', {
        fileName: 'diagram.svg',
        mediaType: '',
        content: base64('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      });
      expect(svg.evidence).toMatchObject({ mediaType: 'image/svg+xml', preview: null });
    } finally {
      h.close();
    }
    expect(mediaTypeOf(Buffer.from('GIF89a....'), '', 'x')).toBe('image/gif');
    expect(mediaTypeOf(Buffer.from('RIFF\0\0\0\0WEBPVP8 '), '', 'x')).toBe('image/webp');
    expect(mediaTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'application/pdf', 'x.pdf')).toBe('image/jpeg');
    expect(mediaTypeOf(Buffer.from('PK'), 'Application/VND.ms-excel', 'x')).toBe('application/vnd.ms-excel');
    expect(mediaTypeOf(Buffer.from('PK'), 'not a type', 'Plan.DOCX')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(mediaTypeOf(Buffer.from('%PDF'), 'application/pdf', 'x.pdf')).toBe('application/octet-stream');
  });
});

describe('evidence links', () => {
  const tempDir = useTempDir();

  it('tie one file to many items and records, found from either side, and come undone', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      const contract = { kind: 'record', register: 'agreements', id: records.contract.id } as const;
      const { evidence } = await h.call('evidence.add', {
        fileName: 'colocation-contract.pdf',
        content: base64('%PDF-1.4 signed contract'),
        links: [{ kind: 'item', itemId: '8.3.4.1-01' }, contract],
      });
      expect(evidence.items).toEqual([{ libraryId: 'iso20000-1-2018', itemId: '8.3.4.1-01' }]);
      expect(evidence.records).toEqual([
        {
          register: 'agreements',
          id: records.contract.id,
          code: records.contract.code,
          name: 'Colocation contract',
        },
      ]);
      const since = lastSeq(h);
      const linked = await h.call('evidence.link', {
        id: evidence.id,
        target: { kind: 'item', itemId: '8.3.4.1-02' },
      });
      // Linking again changes nothing and logs nothing.
      await h.call('evidence.link', { id: evidence.id, target: { kind: 'item', itemId: '8.3.4.1-02' } });
      await h.call('evidence.link', {
        id: evidence.id,
        target: { kind: 'record', register: 'suppliers', id: records.supplier.id },
      });
      expect(linked.items.map((item) => item.itemId)).toEqual(['8.3.4.1-01', '8.3.4.1-02']);

      const unrelated = await h.call('evidence.add', { fileName: 'other.txt', content: base64('other') });
      const codes = (list: { code: string }[]) => list.map((entry) => entry.code);
      // Item → evidence, from the item and from the library.
      expect(codes((await h.call('assessments.get', { itemId: '8.3.4.1-02' })).evidence)).toEqual([
        'EVD-001',
      ]);
      expect(codes(await h.call('evidence.list', { item: { itemId: '8.3.4.1-02' } }))).toEqual(['EVD-001']);
      // Record → evidence.
      expect(
        codes(await h.call('evidence.list', { record: { register: 'agreements', id: records.contract.id } })),
      ).toEqual(['EVD-001']);
      expect(codes(await h.call('evidence.list', { unlinked: true }))).toEqual([unrelated.evidence.code]);
      expect(codes(await h.call('evidence.list', { search: 'COLOCATION pdf' }))).toEqual(['EVD-001']);
      expect(codes(await h.call('evidence.list', { search: '100%' }))).toEqual([]);
      expect(codes(await h.call('evidence.list', {}))).toEqual(['EVD-001', 'EVD-002']);

      // A documented record cannot be deleted from under its evidence.
      await expectDeleteRefused(h, 'agreements', records.contract.id, 'agreement');

      const unlinked = await h.call('evidence.unlink', { id: evidence.id, target: contract });
      expect(unlinked.records.map((record) => record.register)).toEqual(['suppliers']);
      await h.call('evidence.unlink', { id: evidence.id, target: { kind: 'item', itemId: '8.3.4.1-01' } });
      await h.call('evidence.unlink', { id: evidence.id, target: { kind: 'item', itemId: '8.3.4.1-01' } });
      expect((await h.call('assessments.get', { itemId: '8.3.4.1-01' })).evidence).toEqual([]);
      expect(logSince(h, since).map(([register, operation]) => `${register} ${operation}`)).toEqual([
        'evidence update',
        'evidence update',
        'evidence create',
        'evidence update',
        'evidence update',
      ]);

      // Deleting the file takes its links with it; the log keeps them in the deleted snapshot.
      await h.call('evidence.delete', { id: evidence.id });
      expect(h.db().prepare('SELECT count(*) FROM evidence_item').pluck().get()).toBe(0);
      expect(h.db().prepare('SELECT count(*) FROM evidence_record').pluck().get()).toBe(0);
      expect(parsed(h.changeLog().at(-1)!.before)).toMatchObject({
        items: [{ itemId: '8.3.4.1-02' }],
        records: [{ register: 'suppliers', id: records.supplier.id }],
      });
      expectChainIntact(h);
    } finally {
      h.close();
    }
  });

  it('are refused to an item the library lacks or a record that does not exist, writing nothing', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      const before = lastSeq(h);
      const item = await h.failure('evidence.add', {
        fileName: 'x.txt',
        content: base64('x'),
        links: [
          { kind: 'item', itemId: '8.3.4.1-01' },
          { kind: 'item', itemId: '8.3.4.9-01' },
        ],
      });
      expect(item).toEqual({
        code: 'VALIDATION',
        message: 'The clause library iso20000-1-2018 has no requirement item 8.3.4.9-01.',
        details: {
          issues: [{ path: ['links', '1', 'itemId'], message: 'There is no requirement item 8.3.4.9-01.' }],
        },
      });
      const record = await h.failure('evidence.add', {
        fileName: 'x.txt',
        content: base64('x'),
        links: [{ kind: 'record', register: 'reviews', id: records.service.id }],
      });
      expect(record.message).toBe(`There is no review with the id ${records.service.id}.`);
      expect(h.db().prepare('SELECT count(*) FROM evidence_blob').pluck().get()).toBe(0);
      expect(lastSeq(h)).toBe(before);

      const { evidence } = await h.call('evidence.add', { fileName: 'x.txt', content: base64('x') });
      const library = await h.failure('evidence.link', {
        id: evidence.id,
        target: { kind: 'item', libraryId: 'iso27001-2022', itemId: 'A.5-01' },
      });
      expect(library).toMatchObject({
        code: 'VALIDATION',
        message: expect.stringContaining('iso27001-2022'),
      });
      const missing = await h.failure('evidence.link', {
        id: records.service.id,
        target: { kind: 'item', itemId: '4.1-01' },
      });
      expect(missing.code).toBe('NOT_FOUND');
    } finally {
      h.close();
    }
  });
});
