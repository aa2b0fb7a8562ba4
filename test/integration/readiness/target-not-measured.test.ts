import { afterEach, describe, expect, it } from 'vitest';
import { targetNotMeasured } from '../../../src-main/core/readiness/rules/target-not-measured';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('target-not-measured (8.3.3)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for a monthly target with nothing for the two months before this one', () => {
    r = new Registers();
    const service = r.service({ code: 'SVC-015', name: 'Workplace' });
    const ola = r.agreement({ code: 'AGR-015', type: 'ola', start: '2026-09-01', end: '2026-10-31' });
    const never = r.target({ code: 'TGT-041', name: 'On-site attendance', agreement: ola, service });
    const stale = r.target({ code: 'TGT-042', name: 'Repairs', agreement: ola });
    r.measure(stale, [['2026-08-01', 99.95]]);
    expect(targetNotMeasured.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'target-not-measured',
        clause: '8.3.3',
        itemId: '8.3.3-04',
        severity: 'minor',
        message:
          'TGT-041 On-site attendance in AGR-015 has no measurement for 2026-09 or 2026-10; it has never been measured.',
        records: [named('targets', never), named('agreements', ola), named('services', service)],
      }),
      expect.objectContaining({
        message:
          'TGT-042 Repairs in AGR-015 has no measurement for 2026-09 or 2026-10; the latest result is for 2026-08.',
        records: [named('targets', stale), named('agreements', ola)],
      }),
    ]);
  });

  it('uses the target period: the last two complete quarters, half-years and years', () => {
    r = new Registers();
    const sla = r.agreement({ code: 'AGR-001', type: 'sla' });
    const quarterly = r.target({ code: 'TGT-001', agreement: sla, period: 'quarterly' });
    r.measure(quarterly, [['2026-01-01', 99.95]]);
    const halfYearly = r.target({ code: 'TGT-002', agreement: sla, period: 'half_yearly' });
    r.measure(halfYearly, [['2025-01-01', 99.95]]);
    r.target({ code: 'TGT-003', agreement: sla, period: 'yearly' });
    expect(targetNotMeasured.run(r.db, today).map((finding) => finding.message)).toEqual([
      'TGT-001 Target TGT-001 in AGR-001 has no measurement for 2026 Q2 or 2026 Q3; the latest result is for 2026 Q1.',
      'TGT-002 Target TGT-002 in AGR-001 has no measurement for 2025 H2 or 2026 H1; the latest result is for 2025 H1.',
      'TGT-003 Target TGT-003 in AGR-001 has no measurement for 2024 or 2025; it has never been measured.',
    ]);
  });

  it('stays quiet when either of the two periods was measured', () => {
    r = new Registers();
    const sla = r.agreement({ code: 'AGR-001', type: 'sla' });
    r.measure(r.target({ code: 'TGT-001', agreement: sla }), [['2026-10-01', 99.95]]);
    r.measure(r.target({ code: 'TGT-002', agreement: sla }), [['2026-09-01', 99.95]]);
    r.measure(r.target({ code: 'TGT-003', agreement: sla, period: 'quarterly' }), [['2026-04-01', 99.95]]);
    expect(targetNotMeasured.run(r.db, today)).toEqual([]);
  });

  it('stays quiet unless the agreement was agreed and in force throughout both periods', () => {
    r = new Registers();
    const lateStart = r.agreement({ code: 'AGR-001', type: 'sla', start: '2026-09-02' });
    r.target({ code: 'TGT-001', agreement: lateStart });
    const earlyEnd = r.agreement({ code: 'AGR-002', type: 'sla', end: '2026-10-30' });
    r.target({ code: 'TGT-002', agreement: earlyEnd });
    const draft = r.agreement({ code: 'AGR-003', type: 'sla', status: 'draft' });
    r.target({ code: 'TGT-003', agreement: draft });
    const open = r.agreement({ code: 'AGR-004', type: 'sla' });
    r.target({ code: 'TGT-004', agreement: open, period: null });
    expect(targetNotMeasured.run(r.db, today)).toEqual([]);
  });
});
