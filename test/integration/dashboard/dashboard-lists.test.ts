import { afterEach, describe, expect, it } from 'vitest';
import { agreementsEnding } from '../../../src-main/core/dashboard/agreements-ending';
import { breachedTargets } from '../../../src-main/core/dashboard/breached-targets';
import { reviewsDue } from '../../../src-main/core/dashboard/reviews-due';
import { Registers } from '../readiness/registers-builder';

const today = '2026-11-22';

describe('reviews due on the dashboard', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('sorts overdue first, counts due today, 30 and 60 days ahead, and leaves 61 days out', () => {
    r = new Registers();
    r.supplier({ code: 'SUP-001', nextReview: '2026-11-21' });
    r.supplier({ code: 'SUP-002', nextReview: today });
    r.supplier({ code: 'SUP-003', nextReview: '2026-12-22' });
    r.supplier({ code: 'SUP-004', nextReview: '2026-12-23' });
    r.agreement({ code: 'AGR-001', type: 'sla', nextReview: '2027-01-21' });
    r.agreement({ code: 'AGR-002', type: 'sla', nextReview: '2027-01-22' });
    r.agreement({ code: 'AGR-003', type: 'contract', nextReview: '2026-08-01' });
    const schedule = reviewsDue(r.db, today);
    expect(schedule.rows.map((row) => [row.code, row.daysUntilDue])).toEqual([
      ['AGR-003', -113],
      ['SUP-001', -1],
      ['SUP-002', 0],
      ['SUP-003', 30],
      ['SUP-004', 31],
      ['AGR-001', 60],
    ]);
    expect(schedule).toMatchObject({ overdue: 2, dueWithin30: 2, dueWithin60: 4, notPlanned: 0 });
  });

  it('works the due date out from the last review and the cadence when no next date is recorded', () => {
    r = new Registers();
    const supplier = r.supplier({
      code: 'SUP-001',
      nextReview: null,
      cadenceMonths: 6,
      lastReview: '2026-03-01',
    });
    // A review record later than the date on the record counts as the last review.
    r.review({ supplier }, '2026-06-10', 'REV-001');
    r.supplier({ code: 'SUP-002', nextReview: null, cadenceMonths: null, lastReview: null });
    const schedule = reviewsDue(r.db, today);
    expect(schedule.rows).toEqual([
      expect.objectContaining({
        code: 'SUP-001',
        register: 'suppliers',
        dueDate: '2026-12-10',
        daysUntilDue: 18,
      }),
    ]);
    expect(schedule.notPlanned).toBe(1);
  });

  it('leaves out drafts and agreements that are no longer in force', () => {
    r = new Registers();
    r.agreement({ code: 'AGR-001', type: 'sla', status: 'draft', nextReview: '2026-10-01' });
    r.agreement({ code: 'AGR-002', type: 'contract', status: 'expired', nextReview: '2026-10-01' });
    r.agreement({
      code: 'AGR-003',
      type: 'contract',
      status: 'terminated',
      nextReview: null,
      cadenceMonths: null,
    });
    expect(reviewsDue(r.db, today)).toEqual({
      overdue: 0,
      dueWithin30: 0,
      dueWithin60: 0,
      notPlanned: 0,
      rows: [],
    });
  });

  it('lists at most eight rows, the longest overdue, while counting them all', () => {
    r = new Registers();
    for (let index = 1; index <= 12; index += 1) {
      const day = String(index).padStart(2, '0');
      r.supplier({ code: `SUP-${day}`, nextReview: `2026-10-${day}` });
    }
    const schedule = reviewsDue(r.db, today);
    expect(schedule.overdue).toBe(12);
    expect(schedule.rows.map((row) => row.code)).toEqual([
      'SUP-01',
      'SUP-02',
      'SUP-03',
      'SUP-04',
      'SUP-05',
      'SUP-06',
      'SUP-07',
      'SUP-08',
    ]);
  });
});

describe('agreements ending on the dashboard', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('shows what ended in the last 90 days and what ends within 60, earliest first', () => {
    r = new Registers();
    const supplier = r.supplier({ code: 'SUP-001', name: 'Fernwick' });
    r.agreement({ code: 'AGR-001', type: 'contract', status: 'expired', supplier, end: '2026-08-24' });
    r.agreement({ code: 'AGR-002', type: 'contract', status: 'expired', supplier, end: '2026-08-23' });
    r.agreement({ code: 'AGR-003', type: 'sla', status: 'terminated', end: '2026-11-21' });
    r.agreement({ code: 'AGR-004', type: 'sla', end: today });
    r.agreement({ code: 'AGR-005', type: 'ola', end: '2026-12-22' });
    r.agreement({ code: 'AGR-006', type: 'contract', supplier, end: '2027-01-21' });
    r.agreement({ code: 'AGR-007', type: 'contract', supplier, end: '2027-01-22' });
    const ends = agreementsEnding(r.db, today);
    expect(ends.rows.map((row) => [row.code, row.daysUntilEnd])).toEqual([
      ['AGR-001', -90],
      ['AGR-003', -1],
      ['AGR-004', 0],
      ['AGR-005', 30],
      ['AGR-006', 60],
    ]);
    expect(ends).toMatchObject({ ended: 2, endingWithin30: 2, endingWithin60: 3 });
    expect(ends.rows[0]).toMatchObject({ type: 'contract', status: 'expired', counterparty: 'Fernwick' });
  });

  it('keeps an agreement still recorded as agreed long after it ended, and ignores drafts and terminations ahead', () => {
    r = new Registers();
    r.agreement({ code: 'AGR-001', type: 'contract', status: 'agreed', end: '2025-06-30' });
    r.agreement({ code: 'AGR-002', type: 'other', status: 'draft', end: '2026-11-01' });
    r.agreement({ code: 'AGR-003', type: 'other', status: 'draft', end: '2026-12-01' });
    r.agreement({ code: 'AGR-004', type: 'contract', status: 'terminated', end: '2026-12-01' });
    r.agreement({ code: 'AGR-005', type: 'sla', status: 'agreed', end: null });
    const ends = agreementsEnding(r.db, today);
    expect(ends.rows.map((row) => row.code)).toEqual(['AGR-001']);
    expect(ends).toMatchObject({ ended: 1, endingWithin30: 0, endingWithin60: 0 });
  });
});

describe('breached targets on the dashboard', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('judges each target by its latest period only, and leaves out what cannot be judged', () => {
    r = new Registers();
    const agreement = r.agreement({ code: 'AGR-001', type: 'sla' });
    const recovered = r.target({ code: 'TGT-001', agreement, comparison: '>=', threshold: 99.9 });
    r.measure(recovered, [
      ['2026-09-01', 98],
      ['2026-10-01', 99.95],
    ]);
    const missed = r.target({ code: 'TGT-002', agreement, comparison: '<=', threshold: 4, unit: 'hours' });
    r.measure(missed, [
      ['2026-09-01', 3],
      ['2026-10-01', 4.5],
    ]);
    const exact = r.target({ code: 'TGT-003', agreement, comparison: '<', threshold: 10 });
    r.measure(exact, [['2026-10-01', 10]]);
    const noThreshold = r.target({ code: 'TGT-004', agreement, threshold: null });
    r.measure(noThreshold, [['2026-10-01', 1]]);
    const noComparison = r.target({ code: 'TGT-005', agreement, comparison: null });
    r.measure(noComparison, [['2026-10-01', 1]]);
    r.target({ code: 'TGT-006', agreement });
    const breached = breachedTargets(r.db);
    expect(breached.total).toBe(2);
    expect(breached.rows).toEqual([
      expect.objectContaining({
        code: 'TGT-002',
        agreementCode: 'AGR-001',
        periodStart: '2026-10-01',
        value: 4.5,
        comparison: '<=',
        threshold: 4,
        unit: 'hours',
      }),
      expect.objectContaining({ code: 'TGT-003', value: 10, comparison: '<', threshold: 10 }),
    ]);
  });

  it('lists eight by code and counts them all', () => {
    r = new Registers();
    const agreement = r.agreement({ code: 'AGR-001', type: 'sla' });
    for (let index = 12; index >= 1; index -= 1) {
      const target = r.target({ code: `TGT-${String(index).padStart(3, '0')}`, agreement });
      r.measure(target, [['2026-10-01', 90]]);
    }
    const breached = breachedTargets(r.db);
    expect(breached.total).toBe(12);
    expect(breached.rows.map((row) => row.code)).toEqual([
      'TGT-001',
      'TGT-002',
      'TGT-003',
      'TGT-004',
      'TGT-005',
      'TGT-006',
      'TGT-007',
      'TGT-008',
    ]);
  });
});
