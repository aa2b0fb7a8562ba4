import { describe, expect, it } from 'vitest';
import type { FindingInput } from '../../../src-main/api/schemas/findings';
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

const supplierFinding = (overrides: Partial<FindingInput> = {}): FindingInput => ({
  type: 'minor_nc',
  title: 'Supplier performance not reviewed against the contract',
  description: 'The colocation contract has no review since 2024; 8.3.4.1 asks for one at planned intervals.',
  raisedOn: '2026-10-14',
  items: [{ itemId: '8.3.4.1-03' }, { itemId: '8.3.4.1-04' }],
  records: [],
  correctiveAction: {
    description: 'Hold the supplier review and set a 12-month cadence.',
    owner: 'Dana Whitfield',
    dueDate: '2026-12-15',
    status: 'in_progress',
    closureEvidenceIds: [],
  },
  ...overrides,
});

describe('findings', () => {
  const tempDir = useTempDir();

  it('are raised, read, changed and deleted with their links and corrective action, each change logged', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      const since = lastSeq(h);
      const created = await h.call(
        'findings.create',
        supplierFinding({ records: [{ register: 'suppliers', id: records.supplier.id }] }),
      );
      expect(created).toEqual({
        id: expect.any(String),
        code: 'FND-001',
        type: 'minor_nc',
        title: 'Supplier performance not reviewed against the contract',
        description: expect.stringContaining('8.3.4.1'),
        status: 'open',
        raisedOn: '2026-10-14',
        items: [
          { libraryId: 'iso20000-1-2018', itemId: '8.3.4.1-03' },
          { libraryId: 'iso20000-1-2018', itemId: '8.3.4.1-04' },
        ],
        records: [
          {
            register: 'suppliers',
            id: records.supplier.id,
            code: records.supplier.code,
            name: 'Datacentre North',
          },
        ],
        correctiveAction: {
          description: 'Hold the supplier review and set a 12-month cadence.',
          owner: 'Dana Whitfield',
          dueDate: '2026-12-15',
          status: 'in_progress',
          closureEvidence: [],
        },
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(await h.call('findings.get', { id: created.id })).toEqual(created);

      // The item shows the finding; its list row counts it as open.
      const item = await h.call('assessments.get', { itemId: '8.3.4.1-03' });
      expect(item.findings).toEqual([
        { id: created.id, code: 'FND-001', type: 'minor_nc', title: created.title, status: 'open' },
      ]);
      const rows = await h.call('assessments.list', { clause: '8.3.4.1' });
      expect(rows.items.find((row) => row.itemId === '8.3.4.1-04')?.openFindingCount).toBe(1);

      const updated = await h.call('findings.update', {
        id: created.id,
        values: supplierFinding({
          type: 'major_nc',
          items: [{ itemId: '8.3.4.1-03' }, { itemId: '8.3.4.1-03' }],
          records: [{ register: 'agreements', id: records.contract.id }],
        }),
      });
      expect(updated).toMatchObject({
        code: 'FND-001',
        type: 'major_nc',
        items: [{ itemId: '8.3.4.1-03' }],
        records: [{ register: 'agreements', id: records.contract.id }],
      });
      // The same values again change nothing.
      const again = await h.call('findings.update', {
        id: created.id,
        values: supplierFinding({
          type: 'major_nc',
          items: [{ itemId: '8.3.4.1-03' }],
          records: [{ register: 'agreements', id: records.contract.id }],
        }),
      });
      expect(again.updatedAt).toBe(updated.updatedAt);

      expect(await h.call('findings.delete', { id: created.id })).toEqual({ deleted: created.id });
      expect((await h.failure('findings.get', { id: created.id })).code).toBe('NOT_FOUND');
      expect(h.db().prepare('SELECT count(*) FROM finding_item').pluck().get()).toBe(0);
      expect(h.db().prepare('SELECT count(*) FROM finding_record').pluck().get()).toBe(0);

      expect(logSince(h, since)).toEqual([
        ['findings', 'create', created.id],
        ['findings', 'update', created.id],
        ['findings', 'delete', created.id],
      ]);
      const deleted = h.changeLog().at(-1)!;
      expect(parsed(deleted.before)).toMatchObject({
        type: 'major_nc',
        records: [{ register: 'agreements', id: records.contract.id }],
      });
      expectChainIntact(h);
    } finally {
      h.close();
    }
  });

  it('close a nonconformity only with a verified corrective action and its evidence, which then cannot be deleted', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      const finding = await h.call('findings.create', supplierFinding());
      const closeEarly = await h.failure('findings.update', {
        id: finding.id,
        values: supplierFinding({ status: 'closed' }),
      });
      expect(closeEarly.code).toBe('VALIDATION');
      expect(closeEarly.details).toEqual({
        issues: [
          {
            path: ['values', 'status'],
            message:
              'A nonconformity is closed only once its corrective action is verified as effective; set the action to verified first.',
          },
          {
            path: ['values', 'correctiveAction', 'closureEvidenceIds'],
            message:
              'Attach the evidence that the corrective action worked before closing the nonconformity.',
          },
        ],
      });
      const undescribed = await h.failure('findings.create', {
        ...supplierFinding(),
        correctiveAction: { status: 'implemented' },
      });
      expect(undescribed.message).toBe(
        'correctiveAction.description: Describe the corrective action before recording its progress.',
      );

      const { evidence } = await h.call('evidence.add', {
        fileName: 'supplier-review-2026-11.pdf',
        content: base64('%PDF-1.7 review minutes'),
        effectiveDate: '2026-11-20',
      });
      const action = {
        description: 'Hold the supplier review and set a 12-month cadence.',
        owner: 'Dana Whitfield',
        dueDate: '2026-12-15',
        status: 'verified' as const,
        closureEvidenceIds: [evidence.id],
      };
      const closed = await h.call('findings.update', {
        id: finding.id,
        values: supplierFinding({ status: 'closed', correctiveAction: action }),
      });
      expect(closed).toMatchObject({ status: 'closed', correctiveAction: { status: 'verified' } });
      expect(closed.correctiveAction.closureEvidence).toEqual([
        {
          id: evidence.id,
          code: 'EVD-001',
          fileName: 'supplier-review-2026-11.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 23,
          effectiveDate: '2026-11-20',
        },
      ]);

      const refused = await h.failure('evidence.delete', { id: evidence.id });
      expect(refused).toMatchObject({
        code: 'REFERENCED',
        message:
          'Evidence file EVD-001 (supplier-review-2026-11.pdf) is still named by 1 record (FND-001 Supplier performance not reviewed against the contract). Change or delete those first.',
      });
      // Observations and opportunities close without a corrective action.
      const observation = await h.call('findings.create', {
        type: 'observation',
        title: 'Supplier review template lacks a section on risks',
        raisedOn: '2026-10-14',
        status: 'closed',
      });
      expect(observation).toMatchObject({ status: 'closed', code: 'FND-002' });
      // The database keeps the rule too.
      expect(() =>
        h.db().prepare("UPDATE finding SET action_status = 'implemented' WHERE id = ?").run(finding.id),
      ).toThrow(/CHECK constraint failed/);
    } finally {
      h.close();
    }
  });

  it('name only items, records and evidence that exist, and keep codes unique', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      const before = lastSeq(h);
      const item = await h.failure('findings.create', supplierFinding({ items: [{ itemId: '8.3.4.9-01' }] }));
      expect(item.details).toEqual({
        issues: [{ path: ['items', '0', 'itemId'], message: 'There is no requirement item 8.3.4.9-01.' }],
      });
      const record = await h.failure(
        'findings.create',
        supplierFinding({ records: [{ register: 'targets', id: records.service.id }] }),
      );
      expect(record.message).toBe(`There is no service level target with the id ${records.service.id}.`);
      const evidence = await h.failure(
        'findings.create',
        supplierFinding({
          correctiveAction: {
            ...supplierFinding().correctiveAction!,
            closureEvidenceIds: [records.service.id],
          },
        }),
      );
      expect(evidence.details).toEqual({
        issues: [
          {
            path: ['correctiveAction', 'closureEvidenceIds', '0'],
            message: 'This evidence file does not exist.',
          },
        ],
      });
      expect(lastSeq(h)).toBe(before);

      await h.call('findings.create', supplierFinding({ code: 'NC-2026-01' }));
      const taken = await h.failure('findings.create', supplierFinding({ code: 'NC-2026-01' }));
      expect(taken).toMatchObject({
        code: 'CONFLICT',
        message: 'Another finding already has the code NC-2026-01.',
      });
      const wrongType = await h.failure('findings.create', supplierFinding({ type: 'nc' as never }));
      expect(wrongType.message).toBe(
        'type: Choose major nonconformity, minor nonconformity, observation or opportunity for improvement.',
      );
      // A record named by a finding cannot be deleted from under it.
      await h.call(
        'findings.create',
        supplierFinding({ records: [{ register: 'services', id: records.service.id }] }),
      );
      await expectDeleteRefused(h, 'services', records.service.id, 'service');
    } finally {
      h.close();
    }
  });

  it('are listed by type, status, item and record, with the open count of each type', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      await h.call('findings.create', supplierFinding());
      await h.call('findings.create', supplierFinding({ type: 'major_nc', items: [{ itemId: '8.2.3-01' }] }));
      await h.call(
        'findings.create',
        supplierFinding({
          type: 'opportunity',
          status: 'closed',
          items: [],
          records: [{ register: 'services', id: records.service.id }],
        }),
      );
      await h.call('findings.create', supplierFinding({ type: 'observation', items: [] }));

      const all = await h.call('findings.list', {});
      expect(all.findings.map((finding) => finding.code)).toEqual([
        'FND-001',
        'FND-002',
        'FND-003',
        'FND-004',
      ]);
      expect(all.openByType).toEqual({ major_nc: 1, minor_nc: 1, observation: 1, opportunity: 0 });
      const codes = async (filters: Parameters<typeof h.call<'findings.list'>>[1]) =>
        (await h.call('findings.list', filters)).findings.map((finding) => finding.code);
      expect(await codes({ types: ['major_nc', 'minor_nc'] })).toEqual(['FND-001', 'FND-002']);
      expect(await codes({ status: 'closed' })).toEqual(['FND-003']);
      expect(await codes({ item: { itemId: '8.3.4.1-04' } })).toEqual(['FND-001']);
      expect(await codes({ record: { register: 'services', id: records.service.id } })).toEqual(['FND-003']);
      expect(await codes({ types: [], status: 'open' })).toEqual([]);
      // The counts are the workspace's, whatever the filters.
      expect((await h.call('findings.list', { status: 'closed' })).openByType).toEqual(all.openByType);
    } finally {
      h.close();
    }
  });
});
