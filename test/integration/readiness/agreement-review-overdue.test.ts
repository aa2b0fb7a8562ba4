import { afterEach, describe, expect, it } from 'vitest';
import { agreementReviewOverdue } from '../../../src-main/core/readiness/rules/agreement-review-overdue';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('agreement-review-overdue (8.3.1)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires when the next review date has passed, or the last review plus the cadence has', () => {
    r = new Registers();
    const sla = r.agreement({
      code: 'AGR-002',
      title: 'Desk SLA',
      type: 'sla',
      lastReview: '2026-06-25',
      nextReview: '2026-11-21',
    });
    // No next date: the latest review record (later than the date on the record) plus 6 months.
    const ola = r.agreement({
      code: 'AGR-013',
      title: 'Security OLA',
      type: 'ola',
      cadenceMonths: 6,
      lastReview: '2025-12-01',
      nextReview: null,
    });
    r.review({ agreement: ola }, '2026-05-01', 'REV-001');
    expect(agreementReviewOverdue.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'agreement-review-overdue',
        clause: '8.3.1',
        itemId: '8.3.1-02',
        severity: 'minor',
        message:
          'AGR-002 Desk SLA was due for review on 2026-11-21 (1 day ago); last reviewed on 2026-06-25.',
        records: [named('agreements', sla)],
      }),
      expect.objectContaining({
        message:
          'AGR-013 Security OLA was due for review on 2026-11-01 (21 days ago); last reviewed on 2026-05-01.',
        records: [named('agreements', ola)],
      }),
    ]);
  });

  it('fires when no review is planned at all', () => {
    r = new Registers();
    r.agreement({ code: 'AGR-001', title: 'Never', type: 'sla', cadenceMonths: null, nextReview: null });
    r.agreement({
      code: 'AGR-002',
      title: 'Once',
      type: 'sla',
      cadenceMonths: null,
      lastReview: '2026-01-10',
      nextReview: null,
    });
    expect(agreementReviewOverdue.run(r.db, today).map((finding) => finding.message)).toEqual([
      'AGR-001 Never has never been reviewed and no review is planned.',
      'AGR-002 Once was last reviewed on 2026-01-10 and no next review is planned.',
    ]);
  });

  it('stays quiet for a review due today or later, and for drafts and lapsed agreements', () => {
    r = new Registers();
    r.agreement({ code: 'AGR-001', type: 'sla', nextReview: today });
    r.agreement({
      code: 'AGR-002',
      type: 'sla',
      nextReview: null,
      cadenceMonths: 12,
      lastReview: '2025-11-22',
    });
    r.agreement({ code: 'AGR-003', type: 'other', status: 'draft', nextReview: null, cadenceMonths: null });
    r.agreement({ code: 'AGR-004', type: 'contract', status: 'expired', nextReview: '2026-01-01' });
    r.agreement({ code: 'AGR-005', type: 'contract', status: 'terminated', nextReview: '2026-01-01' });
    expect(agreementReviewOverdue.run(r.db, today)).toEqual([]);
  });
});
