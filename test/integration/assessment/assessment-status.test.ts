import { describe, expect, it } from 'vitest';
import { NOT_APPLICABLE_REFUSAL } from '../../../src-main/api/schemas/assessment';
import { useTempDir } from '../../helpers/temp-dir';
import { parsed } from '../registers/api-harness';
import {
  expectChainIntact,
  lastSeq,
  logSince,
  openChecklist,
  expectDeleteRefused,
} from './checklist-fixtures';

describe('assessing an item', () => {
  const tempDir = useTempDir();

  it('starts every item as not assessed, with nothing stored', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      expect(await h.call('assessments.get', { itemId: '8.3.4.1-01' })).toEqual({
        id: null,
        libraryId: 'iso20000-1-2018',
        itemId: '8.3.4.1-01',
        clauseNumber: '8.3.4.1',
        status: 'not_assessed',
        operatedByAgreementId: null,
        operatedByAgreement: null,
        clientNotes: '',
        internalNotes: '',
        interviewees: [],
        owner: '',
        dueDate: null,
        updatedAt: null,
        evidence: [],
        citedRecords: [],
        findings: [],
        weakEvidence: false,
      });
      expect(h.db().prepare('SELECT count(*) FROM assessment').pluck().get()).toBe(0);
    } finally {
      h.close();
    }
  });

  it('takes every status and every field, changes only the fields given, and logs each change', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      const since = lastSeq(h);
      const first = await h.call('assessments.set', {
        itemId: '4.1-01',
        values: {
          status: 'partially_conforming',
          clientNotes: '  Context analysis exists but is two years old.  ',
          internalNotes: 'Ask the CIO about the cloud migration.',
          interviewees: ['Sam Hollis', 'Dana Whitfield'],
          owner: 'Sam Hollis',
          dueDate: '2026-12-01',
        },
      });
      expect(first).toMatchObject({
        status: 'partially_conforming',
        clientNotes: 'Context analysis exists but is two years old.',
        internalNotes: 'Ask the CIO about the cloud migration.',
        interviewees: ['Sam Hollis', 'Dana Whitfield'],
        owner: 'Sam Hollis',
        dueDate: '2026-12-01',
      });
      expect(first.id).toEqual(expect.any(String));
      expect(first.updatedAt).toEqual(expect.any(String));

      // A partial update: the status changes, everything else stays.
      for (const status of ['conforming', 'nonconforming', 'not_assessed'] as const) {
        const next = await h.call('assessments.set', { itemId: '4.1-01', values: { status } });
        // Conforming on nothing but the consultant's word is weak.
        expect(next).toMatchObject({
          ...first,
          status,
          updatedAt: expect.any(String),
          weakEvidence: status === 'conforming',
        });
      }
      const cleared = await h.call('assessments.set', { itemId: '4.1-01', values: { dueDate: null } });
      expect(cleared.dueDate).toBeNull();
      expect(cleared.owner).toBe('Sam Hollis');

      const log = logSince(h, since);
      expect(log.map(([register, operation]) => [register, operation])).toEqual([
        ['assessments', 'create'],
        ['assessments', 'update'],
        ['assessments', 'update'],
        ['assessments', 'update'],
        ['assessments', 'update'],
      ]);
      expect(new Set(log.map(([, , id]) => id))).toEqual(new Set([first.id]));
      const entries = h.changeLog().filter((entry) => entry.seq > since);
      expect(parsed(entries[1]!.before)).toMatchObject({ status: 'partially_conforming', itemId: '4.1-01' });
      expect(parsed(entries[1]!.after)).toMatchObject({ status: 'conforming' });
      expectChainIntact(h);
    } finally {
      h.close();
    }
  });

  it('writes nothing when a change changes nothing', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      const since = lastSeq(h);
      // Setting an untouched item to its defaults stores no row at all.
      const untouched = await h.call('assessments.set', {
        itemId: '5.1-01',
        values: { status: 'not_assessed', owner: '' },
      });
      expect(untouched.id).toBeNull();
      const set = await h.call('assessments.set', { itemId: '5.1-01', values: { owner: 'Ana' } });
      const again = await h.call('assessments.set', { itemId: '5.1-01', values: { owner: ' Ana ' } });
      expect(again.updatedAt).toBe(set.updatedAt);
      expect(logSince(h, since)).toHaveLength(1);
    } finally {
      h.close();
    }
  });

  it('refuses "not applicable" in every spelling, explaining that ISO/IEC 20000-1 admits no exclusions', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      for (const status of ['not_applicable', 'Not applicable', 'N/A', 'not-applicable', 'na']) {
        const error = await h.failure('assessments.set', { itemId: '8.2.3-01', values: { status } });
        expect(error.code).toBe('VALIDATION');
        expect(error.message).toBe(`values.status: ${NOT_APPLICABLE_REFUSAL}`);
        expect(error.details).toEqual({
          issues: [{ path: ['values', 'status'], message: NOT_APPLICABLE_REFUSAL }],
        });
      }
      expect(NOT_APPLICABLE_REFUSAL).toMatch(/admits no exclusions/);
      expect(NOT_APPLICABLE_REFUSAL).toMatch(/operated by another party/);
      const other = await h.failure('assessments.set', { itemId: '8.2.3-01', values: { status: 'done' } });
      expect(other.message).toBe(
        'values.status: Choose not assessed, conforming, partially conforming, nonconforming or operated by another party.',
      );
      // The database refuses it too, whoever writes.
      expect(() =>
        h
          .db()
          .prepare(
            `INSERT INTO assessment (id, library_id, item_id, status, created_at, updated_at)
             VALUES ('x', 'iso20000-1-2018', '8.2.3-01', 'not_applicable', '', '')`,
          )
          .run(),
      ).toThrow(/CHECK constraint failed/);
    } finally {
      h.close();
    }
  });

  it('names an unknown item and an unknown library', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      const unknown = await h.failure('assessments.set', {
        itemId: '8.9-01',
        values: { status: 'conforming' },
      });
      expect(unknown).toEqual({
        code: 'VALIDATION',
        message: 'The clause library iso20000-1-2018 has no requirement item 8.9-01.',
        details: { issues: [{ path: ['itemId'], message: 'There is no requirement item 8.9-01.' }] },
      });
      expect((await h.failure('assessments.get', { itemId: '4.1-99' })).message).toMatch(
        /no requirement item 4\.1-99/,
      );
      expect(
        await h.failure('assessments.get', { libraryId: 'iso27001-2022', itemId: '4.1-01' }),
      ).toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('There is no clause library "iso27001-2022"'),
      });
      expect((await h.failure('assessments.get', { itemId: '4.1' })).code).toBe('VALIDATION');
    } finally {
      h.close();
    }
  });
});

describe('operated by another party', () => {
  const tempDir = useTempDir();

  it('needs the agreement that controls the other party, and keeps it only with that status', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      const missing = await h.failure('assessments.set', {
        itemId: '8.2.3-02',
        values: { status: 'operated_by_other_party' },
      });
      expect(missing).toEqual({
        code: 'VALIDATION',
        message: 'Link the agreement that controls the party operating this (8.2.3).',
        details: {
          issues: [
            {
              path: ['operatedByAgreementId'],
              message: 'Link the agreement that controls the party operating this (8.2.3).',
            },
          ],
        },
      });
      const explicitNull = await h.failure('assessments.set', {
        itemId: '8.2.3-02',
        values: { status: 'operated_by_other_party', operatedByAgreementId: null },
      });
      expect(explicitNull.details).toEqual({
        issues: [
          {
            path: ['values', 'operatedByAgreementId'],
            message: 'Link the agreement that controls the party operating this (8.2.3).',
          },
        ],
      });

      const operated = await h.call('assessments.set', {
        itemId: '8.2.3-02',
        values: { status: 'operated_by_other_party', operatedByAgreementId: records.contract.id },
      });
      expect(operated).toMatchObject({
        status: 'operated_by_other_party',
        operatedByAgreementId: records.contract.id,
        operatedByAgreement: {
          register: 'agreements',
          id: records.contract.id,
          code: records.contract.code,
          name: 'Colocation contract',
        },
      });
      expect(await h.call('assessments.citing', { register: 'agreements', id: records.contract.id })).toEqual(
        [{ libraryId: 'iso20000-1-2018', itemId: '8.2.3-02', relation: 'controlling_agreement' }],
      );

      // Notes change; the agreement stays.
      const noted = await h.call('assessments.set', { itemId: '8.2.3-02', values: { clientNotes: 'Seen.' } });
      expect(noted.operatedByAgreementId).toBe(records.contract.id);
      // Dropping the status drops the agreement.
      const conforming = await h.call('assessments.set', {
        itemId: '8.2.3-02',
        values: { status: 'conforming' },
      });
      expect(conforming.operatedByAgreementId).toBeNull();
      // An agreement without the status is refused.
      const stray = await h.failure('assessments.set', {
        itemId: '8.2.3-02',
        values: { operatedByAgreementId: records.contract.id },
      });
      expect(stray.message).toBe('An agreement is linked only when the item is operated by another party.');
      expectChainIntact(h);
    } finally {
      h.close();
    }
  });

  it('refuses an agreement that does not exist, and an SLA (which binds no party operating a process)', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      const ghost = await h.failure('assessments.set', {
        itemId: '8.2.3-02',
        values: { status: 'operated_by_other_party', operatedByAgreementId: records.service.id },
      });
      expect(ghost).toMatchObject({
        code: 'VALIDATION',
        message: `There is no agreement with the id ${records.service.id}.`,
        details: { issues: [{ path: ['operatedByAgreementId'], message: 'This agreement does not exist.' }] },
      });
      const sla = await h.failure('assessments.set', {
        itemId: '8.2.3-02',
        values: { status: 'operated_by_other_party', operatedByAgreementId: records.sla.id },
      });
      expect(sla.message).toMatch(/^An SLA is what the organisation agrees with its customer/);
      expect(h.db().prepare('SELECT count(*) FROM assessment').pluck().get()).toBe(0);
    } finally {
      h.close();
    }
  });

  it('keeps the controlling agreement from being deleted while an item is operated under it', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      await h.call('assessments.set', {
        itemId: '8.2.3-02',
        values: { status: 'operated_by_other_party', operatedByAgreementId: records.contract.id },
      });
      await expectDeleteRefused(h, 'agreements', records.contract.id, 'agreement');
      expect(
        h.db().prepare('SELECT count(*) FROM agreement WHERE id = ?').pluck().get(records.contract.id),
      ).toBe(1);
    } finally {
      h.close();
    }
  });
});
