import { describe, expect, it } from 'vitest';
import { checklistReferrers } from '../../../src-main/core/assessment/checklist-referrers';
import { useTempDir } from '../../helpers/temp-dir';
import {
  base64,
  expectChainIntact,
  lastSeq,
  logSince,
  openChecklist,
  expectDeleteRefused,
} from './checklist-fixtures';

describe('weak evidence', () => {
  const tempDir = useTempDir();

  it('flags conforming without any evidence, until a file or a cited record supports it', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      const bare = await h.call('assessments.set', { itemId: '7.2-01', values: { status: 'conforming' } });
      expect(bare.weakEvidence).toBe(true);
      // Only "conforming" can be weak: the other statuses claim no conformity to back up.
      for (const status of ['partially_conforming', 'nonconforming', 'not_assessed'] as const) {
        const other = await h.call('assessments.set', { itemId: '7.2-02', values: { status } });
        expect(other.weakEvidence, status).toBe(false);
      }

      const added = await h.call('evidence.add', {
        fileName: 'training-matrix.xlsx',
        content: base64('competence matrix'),
        links: [{ kind: 'item', itemId: '7.2-01' }],
      });
      const withFile = await h.call('assessments.get', { itemId: '7.2-01' });
      expect(withFile.weakEvidence).toBe(false);
      expect(withFile.evidence).toEqual([
        {
          id: added.evidence.id,
          code: 'EVD-001',
          fileName: 'training-matrix.xlsx',
          mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          sizeBytes: 17,
          effectiveDate: null,
        },
      ]);
      await h.call('evidence.unlink', { id: added.evidence.id, target: { kind: 'item', itemId: '7.2-01' } });
      expect((await h.call('assessments.get', { itemId: '7.2-01' })).weakEvidence).toBe(true);

      const cited = await h.call('assessments.cite', {
        itemId: '7.2-01',
        record: { register: 'suppliers', id: records.supplier.id },
      });
      expect(cited.weakEvidence).toBe(false);
      expect(cited.citedRecords).toEqual([
        {
          register: 'suppliers',
          id: records.supplier.id,
          code: records.supplier.code,
          name: 'Datacentre North',
        },
      ]);
    } finally {
      h.close();
    }
  });
});

describe('the assessment list', () => {
  const tempDir = useTempDir();

  it('lists every item in document order and filters by status, owner, clause and "has no evidence"', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      await h.call('assessments.set', {
        itemId: '8.2.3-01',
        values: { status: 'conforming', owner: 'Sam Hollis' },
      });
      await h.call('assessments.set', {
        itemId: '8.2.3-02',
        values: {
          status: 'operated_by_other_party',
          operatedByAgreementId: records.contract.id,
          owner: 'dana',
        },
      });
      await h.call('assessments.set', {
        itemId: '8.3.3-01',
        values: { status: 'nonconforming', owner: 'Dana' },
      });
      await h.call('assessments.cite', {
        itemId: '8.3.3-02',
        record: { register: 'services', id: records.service.id },
      });
      await h.call('evidence.add', {
        fileName: 'sla.pdf',
        content: base64('%PDF-1.7 an SLA'),
        links: [{ kind: 'item', itemId: '8.3.3-01' }],
      });

      const all = await h.call('assessments.list', {});
      expect(all.items).toHaveLength(215);
      expect(all.items[0]).toEqual({
        itemId: '4.1-01',
        clauseNumber: '4.1',
        status: 'not_assessed',
        owner: '',
        dueDate: null,
        evidenceCount: 0,
        citedRecordCount: 0,
        openFindingCount: 0,
        weakEvidence: false,
        updatedAt: null,
      });
      // Owners named differently in case are one owner.
      expect(all.owners).toEqual(['Dana', 'Sam Hollis']);

      const ids = (list: { items: { itemId: string }[] }) => list.items.map((item) => item.itemId);
      expect(ids(await h.call('assessments.list', { statuses: ['conforming', 'nonconforming'] }))).toEqual([
        '8.2.3-01',
        '8.3.3-01',
      ]);
      expect(ids(await h.call('assessments.list', { owner: ' DANA ' }))).toEqual(['8.2.3-02', '8.3.3-01']);
      expect(ids(await h.call('assessments.list', { clause: '8.3.3' }))).toHaveLength(6);
      expect(ids(await h.call('assessments.list', { clause: '8.3' }))).toHaveLength(24);
      // The operated item has its agreement, 8.3.3-01 a file, 8.3.3-02 a cited service.
      const bare = await h.call('assessments.list', { clause: '8', withoutEvidence: true });
      expect(ids(bare)).not.toContain('8.2.3-02');
      expect(ids(bare)).not.toContain('8.3.3-01');
      expect(ids(bare)).not.toContain('8.3.3-02');
      expect(ids(bare)).toContain('8.2.3-01');
      const weak = await h.call('assessments.list', { statuses: ['conforming'], withoutEvidence: true });
      expect(weak.items).toEqual([expect.objectContaining({ itemId: '8.2.3-01', weakEvidence: true })]);
      const nonconforming = (await h.call('assessments.list', { statuses: ['nonconforming'] })).items[0]!;
      expect(nonconforming).toMatchObject({ evidenceCount: 1, citedRecordCount: 0, owner: 'Dana' });
      expect(await h.call('assessments.list', { statuses: [] })).toEqual({ items: [], owners: all.owners });
    } finally {
      h.close();
    }
  });
});

describe('register records cited by an item', () => {
  const tempDir = useTempDir();

  it('are cited and uncited with a logged change each, and found from the record', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      const since = lastSeq(h);
      const service = { register: 'services', id: records.service.id } as const;
      const supplier = { register: 'suppliers', id: records.supplier.id } as const;
      const first = await h.call('assessments.cite', { itemId: '8.2.6-01', record: service });
      // Citing an untouched item makes its assessment (still not assessed) in the same entry.
      expect(first).toMatchObject({ status: 'not_assessed', id: expect.any(String) });
      await h.call('assessments.cite', { itemId: '8.2.6-01', record: supplier });
      await h.call('assessments.cite', { itemId: '8.2.6-01', record: service });
      await h.call('assessments.cite', { itemId: '8.2.6-02', record: service });
      expect(
        (await h.call('assessments.get', { itemId: '8.2.6-01' })).citedRecords.map((r) => r.code),
      ).toEqual([records.service.code, records.supplier.code]);
      expect(await h.call('assessments.citing', service)).toEqual([
        { libraryId: 'iso20000-1-2018', itemId: '8.2.6-01', relation: 'cited' },
        { libraryId: 'iso20000-1-2018', itemId: '8.2.6-02', relation: 'cited' },
      ]);

      // The record cannot go while items cite it; the checklist says who does.
      expect(checklistReferrers(h.db(), records.service.id).map((r) => [r.register, r.code])).toEqual([
        ['assessments', '8.2.6-01'],
        ['assessments', '8.2.6-02'],
      ]);
      await expectDeleteRefused(h, 'services', records.service.id, 'service');

      await h.call('assessments.uncite', { itemId: '8.2.6-01', record: service });
      await h.call('assessments.uncite', { itemId: '8.2.6-01', record: service });
      const after = await h.call('assessments.uncite', { itemId: '8.2.6-02', record: service });
      expect(after.citedRecords).toEqual([]);
      expect(await h.call('assessments.citing', service)).toEqual([]);
      expect(logSince(h, since).map(([register, operation]) => `${register} ${operation}`)).toEqual([
        'assessments create',
        'assessments update',
        'assessments create',
        'assessments update',
        'assessments update',
      ]);
      // Once nothing cites it, the record can be deleted.
      await h.call('services.delete', { id: records.service.id });
      expectChainIntact(h);
    } finally {
      h.close();
    }
  });

  it('must exist, and be named by an item the library has', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      const missing = await h.failure('assessments.cite', {
        itemId: '8.2.6-01',
        record: { register: 'services', id: records.supplier.id },
      });
      expect(missing).toEqual({
        code: 'VALIDATION',
        message: `There is no service with the id ${records.supplier.id}.`,
        details: { issues: [{ path: ['record', 'id'], message: 'This service does not exist.' }] },
      });
      const unknownItem = await h.failure('assessments.cite', {
        itemId: '8.2.9-01',
        record: { register: 'services', id: records.service.id },
      });
      expect(unknownItem.message).toBe(
        'The clause library iso20000-1-2018 has no requirement item 8.2.9-01.',
      );
      const badRegister = await h.failure('assessments.cite', {
        itemId: '8.2.6-01',
        record: { register: 'measurements', id: records.service.id },
      });
      expect(badRegister.message).toMatch(/Choose one of the registers: services, customers/);
    } finally {
      h.close();
    }
  });
});
