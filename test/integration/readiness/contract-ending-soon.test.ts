import { afterEach, describe, expect, it } from 'vitest';
import { contractEndingSoon } from '../../../src-main/core/readiness/rules/contract-ending-soon';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('contract-ending-soon (8.3.4.1)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires from exactly 60 days before the end until the end date, giving the notice date', () => {
    r = new Registers();
    const mossgate = r.supplier({ code: 'SUP-005', name: 'Mossgate' });
    const sixty = r.agreement({
      code: 'AGR-020',
      title: 'Maintenance',
      type: 'contract',
      supplier: mossgate,
      end: '2027-01-21',
      noticeDays: 30,
    });
    const carrier = r.supplier({ code: 'SUP-004', name: 'Fernwick' });
    r.agreement({
      code: 'AGR-019',
      title: 'Circuits',
      type: 'contract',
      supplier: carrier,
      end: '2026-12-30',
      noticeDays: 90,
    });
    const courier = r.supplier({ code: 'SUP-008', name: 'Kittiwake' });
    r.agreement({ code: 'AGR-023', title: 'Courier', type: 'contract', supplier: courier, end: today });
    const findings = contractEndingSoon.run(r.db, today);
    expect(findings.map((finding) => finding.message)).toEqual([
      'AGR-023 Courier with SUP-008 Kittiwake ends today, and no renewal is recorded.',
      'AGR-019 Circuits with SUP-004 Fernwick ends on 2026-12-30, in 38 days, and no renewal is recorded; ' +
        'its 90-day notice date, 2026-10-01, has passed.',
      'AGR-020 Maintenance with SUP-005 Mossgate ends on 2027-01-21, in 60 days, and no renewal is recorded; ' +
        'notice (30 days) must be given by 2026-12-22.',
    ]);
    expect(findings[2]).toMatchObject({
      ruleId: 'contract-ending-soon',
      clause: '8.3.4.1',
      severity: 'observation',
      records: [named('agreements', sixty), named('suppliers', mossgate)],
    });
  });

  it('stays quiet at 61 days, after the end, once renewed, and for drafts and other agreement types', () => {
    r = new Registers();
    const supplier = r.supplier({ code: 'SUP-001' });
    r.agreement({ code: 'AGR-001', type: 'contract', supplier, end: '2027-01-22' });
    const ended = r.supplier({ code: 'SUP-002' });
    r.agreement({ code: 'AGR-002', type: 'contract', supplier: ended, end: '2026-11-21' });
    const renewed = r.supplier({ code: 'SUP-003' });
    r.agreement({ code: 'AGR-003', type: 'contract', supplier: renewed, end: '2026-12-31' });
    r.agreement({
      code: 'AGR-004',
      type: 'contract',
      supplier: renewed,
      start: '2027-01-01',
      end: '2029-12-31',
    });
    const drafting = r.supplier({ code: 'SUP-004' });
    r.agreement({
      code: 'AGR-005',
      type: 'contract',
      supplier: drafting,
      status: 'draft',
      end: '2026-12-31',
    });
    const internal = r.supplier({ code: 'SUP-005', kind: 'internal' });
    r.agreement({ code: 'AGR-006', type: 'ola', supplier: internal, end: '2026-12-31' });
    expect(contractEndingSoon.run(r.db, today)).toEqual([]);
  });
});
