import { afterEach, describe, expect, it } from 'vitest';
import {
  internalSupplierReviewOverdue,
  supplierReviewOverdue,
} from '../../../src-main/core/readiness/rules/supplier-review-overdue';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('supplier-review-overdue (8.3.4.1) and internal-supplier-review-overdue (8.3.4.2)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('raise overdue and unplanned reviews, external suppliers under 8.3.4.1 and the others under 8.3.4.2', () => {
    r = new Registers();
    const fernwick = r.supplier({
      code: 'SUP-004',
      name: 'Fernwick',
      lastReview: '2026-04-21',
      nextReview: '2026-10-18',
    });
    const platform = r.supplier({
      code: 'SUP-012',
      name: 'Platform',
      kind: 'internal',
      nextReview: null,
      cadenceMonths: null,
    });
    const customer = r.customer({ code: 'CUS-007' });
    const technicians = r.supplier({
      code: 'SUP-013',
      name: 'Technicians',
      kind: 'customer',
      customer,
      nextReview: '2026-11-21',
    });
    expect(supplierReviewOverdue.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'supplier-review-overdue',
        clause: '8.3.4.1',
        itemId: '8.3.4.1-04',
        severity: 'minor',
        message:
          'SUP-004 Fernwick was due for review on 2026-10-18 (35 days ago); last reviewed on 2026-04-21.',
        records: [named('suppliers', fernwick)],
      }),
    ]);
    expect(internalSupplierReviewOverdue.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'internal-supplier-review-overdue',
        clause: '8.3.4.2',
        itemId: '8.3.4.2-04',
        severity: 'minor',
        message: 'SUP-012 Platform has never been reviewed and no review is planned.',
        records: [named('suppliers', platform)],
      }),
      expect.objectContaining({
        message:
          'SUP-013 Technicians was due for review on 2026-11-21 (1 day ago); it has never been reviewed.',
        records: [named('suppliers', technicians)],
      }),
    ]);
  });

  it('use review records: a supplier reviewed a year ago with a yearly cadence is due today, not overdue', () => {
    r = new Registers();
    const supplier = r.supplier({ code: 'SUP-001', name: 'Acme', nextReview: null, cadenceMonths: 12 });
    r.review({ supplier }, '2025-11-22', 'REV-001');
    expect(supplierReviewOverdue.run(r.db, today)).toEqual([]);
    r.review({ supplier }, '2025-11-21', 'REV-002');
    expect(supplierReviewOverdue.run(r.db, today)).toEqual([]);
    r.db.prepare('DELETE FROM review WHERE code = ?').run('REV-001');
    expect(supplierReviewOverdue.run(r.db, today).map((finding) => finding.message)).toEqual([
      'SUP-001 Acme was due for review on 2026-11-21 (1 day ago); last reviewed on 2025-11-21.',
    ]);
  });

  it('stay quiet for reviews due today or later', () => {
    r = new Registers();
    r.supplier({ code: 'SUP-001', nextReview: today });
    r.supplier({ code: 'SUP-002', kind: 'internal', nextReview: '2027-01-01' });
    expect(supplierReviewOverdue.run(r.db, today)).toEqual([]);
    expect(internalSupplierReviewOverdue.run(r.db, today)).toEqual([]);
  });
});
