import { describe, expect, it } from 'vitest';
import type { AssessmentStatus } from '../../../src-main/api/schemas/assessment';
import { clauseProgress, type ItemState } from '../../../src-main/core/assessment/clause-progress';
import { indexLibrary } from '../../../src-main/core/assessment/library-index';
import { nextUnassessed } from '../../../src-main/core/assessment/next-unassessed';
import { useTempDir } from '../../helpers/temp-dir';
import { openChecklist } from './checklist-fixtures';
import { smallLibrary } from './small-library';

const states =
  (given: Record<string, Partial<ItemState>>) =>
  (itemId: string): ItemState => ({ status: 'not_assessed', weakEvidence: false, ...given[itemId] });

const counts = (partial: Partial<Record<AssessmentStatus, number>>) => ({
  not_assessed: 0,
  conforming: 0,
  partially_conforming: 0,
  nonconforming: 0,
  operated_by_other_party: 0,
  ...partial,
});

describe('progress per clause', () => {
  const tempDir = useTempDir();

  it('counts each clause with all its sub-clauses, parents first, on a library small enough to count by hand', () => {
    const progress = clauseProgress(
      indexLibrary(smallLibrary()),
      states({
        '1-01': { status: 'conforming', weakEvidence: true },
        '1.1-01': { status: 'conforming' },
        '1.1-02': { status: 'nonconforming' },
        '1.2.1-01': { status: 'operated_by_other_party' },
        '2-02': { status: 'partially_conforming' },
      }),
    );
    expect(progress.libraryId).toBe('small-test');
    expect(progress.clauses).toEqual([
      {
        number: '1',
        title: 'First',
        depth: 0,
        parent: null,
        total: 4,
        counts: counts({ conforming: 2, nonconforming: 1, operated_by_other_party: 1 }),
        weakEvidence: 1,
      },
      {
        number: '1.1',
        title: 'First of first',
        depth: 1,
        parent: '1',
        total: 2,
        counts: counts({ conforming: 1, nonconforming: 1 }),
        weakEvidence: 0,
      },
      {
        number: '1.2',
        title: 'Second of first',
        depth: 1,
        parent: '1',
        total: 1,
        counts: counts({ operated_by_other_party: 1 }),
        weakEvidence: 0,
      },
      {
        number: '1.2.1',
        title: 'Deepest',
        depth: 2,
        parent: '1.2',
        total: 1,
        counts: counts({ operated_by_other_party: 1 }),
        weakEvidence: 0,
      },
      {
        number: '2',
        title: 'Second',
        depth: 0,
        parent: null,
        total: 2,
        counts: counts({ not_assessed: 1, partially_conforming: 1 }),
        weakEvidence: 0,
      },
    ]);
    expect(progress.overall).toEqual({
      total: 6,
      counts: counts({
        not_assessed: 1,
        conforming: 2,
        partially_conforming: 1,
        nonconforming: 1,
        operated_by_other_party: 1,
      }),
      weakEvidence: 1,
    });
  });

  it('is served for the shipped library, rolled up from the workspace', async () => {
    const { h, records } = await openChecklist(tempDir());
    try {
      await h.call('assessments.set', { itemId: '8.3.4.1-01', values: { status: 'conforming' } });
      await h.call('assessments.set', { itemId: '8.3.4.2-01', values: { status: 'nonconforming' } });
      await h.call('assessments.set', {
        itemId: '8.3.4.2-02',
        values: { status: 'operated_by_other_party', operatedByAgreementId: records.contract.id },
      });
      await h.call('assessments.cite', {
        itemId: '8.3.3-01',
        record: { register: 'agreements', id: records.sla.id },
      });
      await h.call('assessments.set', { itemId: '8.3.3-01', values: { status: 'conforming' } });

      const progress = await h.call('assessments.progress', {});
      const clause = (number: string) => progress.clauses.find((entry) => entry.number === number)!;
      expect(progress.clauses.map((entry) => entry.number).slice(0, 3)).toEqual(['4', '4.1', '4.2']);
      expect(clause('8.3.4.1')).toMatchObject({
        total: 6,
        counts: counts({ not_assessed: 5, conforming: 1 }),
      });
      expect(clause('8.3.4.1').weakEvidence).toBe(1);
      expect(clause('8.3.4')).toMatchObject({
        total: 10,
        parent: '8.3',
        depth: 2,
        counts: counts({ not_assessed: 7, conforming: 1, nonconforming: 1, operated_by_other_party: 1 }),
      });
      // 8.3 = 8.3.1 (2) + 8.3.2 (6) + 8.3.3 (6) + 8.3.4 (10); the cited SLA keeps 8.3.3-01 from being weak.
      expect(clause('8.3')).toMatchObject({ total: 24, weakEvidence: 1 });
      expect(clause('8.3').counts.conforming).toBe(2);
      expect(clause('8')).toMatchObject({ weakEvidence: 1 });
      expect(progress.overall.total).toBe(215);
      expect(progress.overall.counts).toEqual(
        counts({ not_assessed: 211, conforming: 2, nonconforming: 1, operated_by_other_party: 1 }),
      );
      const topLevel = progress.clauses.filter((entry) => entry.parent === null);
      expect(topLevel.map((entry) => entry.number)).toEqual(['4', '5', '6', '7', '8', '9', '10']);
      expect(topLevel.reduce((sum, entry) => sum + entry.total, 0)).toBe(215);
    } finally {
      h.close();
    }
  });
});

describe('next unassessed item', () => {
  const tempDir = useTempDir();
  const index = indexLibrary(smallLibrary());
  const statusOf = (assessed: string[]) => (itemId: string) =>
    (assessed.includes(itemId) ? 'conforming' : 'not_assessed') as AssessmentStatus;

  it('follows document order, parents before sub-clauses', () => {
    const none = statusOf([]);
    const order: string[] = [];
    let after: string | null = null;
    for (let step = 0; step < 6; step += 1) {
      const next = nextUnassessed(index, none, after);
      order.push(next!.itemId);
      after = next!.itemId;
    }
    expect(order).toEqual(['1-01', '1.1-01', '1.1-02', '1.2.1-01', '2-01', '2-02']);
    expect(nextUnassessed(index, none, '1.1-02')).toEqual({
      itemId: '1.2.1-01',
      clauseNumber: '1.2.1',
      wrapped: false,
    });
  });

  it('skips assessed items, starts again from the top past the last, and ends when all are assessed', () => {
    const some = statusOf(['1-01', '1.2.1-01', '2-01', '2-02']);
    expect(nextUnassessed(index, some, null)).toEqual({
      itemId: '1.1-01',
      clauseNumber: '1.1',
      wrapped: false,
    });
    expect(nextUnassessed(index, some, '1.1-02')).toEqual({
      itemId: '1.1-01',
      clauseNumber: '1.1',
      wrapped: true,
    });
    // The only unassessed item left is the current one: it is the answer again.
    const one = statusOf(['1-01', '1.1-02', '1.2.1-01', '2-01', '2-02']);
    expect(nextUnassessed(index, one, '1.1-01')).toEqual({
      itemId: '1.1-01',
      clauseNumber: '1.1',
      wrapped: true,
    });
    expect(nextUnassessed(index, statusOf(index.items.map(({ item }) => item.id)), '2-01')).toBeNull();
    expect(() => nextUnassessed(index, some, '9-01')).toThrow(
      'The clause library small-test has no requirement item 9-01.',
    );
  });

  it('is served for the shipped library', async () => {
    const { h } = await openChecklist(tempDir());
    try {
      expect(await h.call('assessments.nextUnassessed', {})).toEqual({
        itemId: '4.1-01',
        clauseNumber: '4.1',
        wrapped: false,
      });
      await h.call('assessments.set', { itemId: '4.2-01', values: { status: 'conforming' } });
      expect(await h.call('assessments.nextUnassessed', { afterItemId: '4.1-02' })).toEqual({
        itemId: '4.2-02',
        clauseNumber: '4.2',
        wrapped: false,
      });
      expect(await h.call('assessments.nextUnassessed', { afterItemId: '10.2-04' })).toEqual({
        itemId: '4.1-01',
        clauseNumber: '4.1',
        wrapped: true,
      });
      expect((await h.failure('assessments.nextUnassessed', { afterItemId: '11.1-01' })).details).toEqual({
        issues: [{ path: ['afterItemId'], message: 'There is no requirement item 11.1-01.' }],
      });
    } finally {
      h.close();
    }
  });
});
