import { afterEach, describe, expect, it } from 'vitest';
import { targetNotMeasurable } from '../../../src-main/core/readiness/rules/target-not-measurable';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('target-not-measurable (8.3.3)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for a target of an agreed agreement missing its comparison, threshold, unit or period', () => {
    r = new Registers();
    const service = r.service({ code: 'SVC-009', name: 'Database' });
    const sla = r.agreement({ code: 'AGR-011', title: 'Finance SLA', type: 'sla', services: [service] });
    const storage = r.target({
      code: 'TGT-035',
      name: 'Storage used',
      agreement: sla,
      service,
      comparison: null,
      threshold: null,
      unit: 'TB',
    });
    const noUnit = r.target({ code: 'TGT-036', name: 'Tickets', agreement: sla, unit: ' ', period: null });
    expect(targetNotMeasurable.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'target-not-measurable',
        clause: '8.3.3',
        itemId: '8.3.3-03',
        severity: 'minor',
        message:
          'TGT-035 Storage used in AGR-011 has no comparison or threshold, so no result can be judged met or breached.',
        records: [named('targets', storage), named('agreements', sla), named('services', service)],
      }),
      expect.objectContaining({
        message:
          'TGT-036 Tickets in AGR-011 has no unit or measurement period, so its results cannot be reported consistently.',
        records: [named('targets', noUnit), named('agreements', sla)],
      }),
    ]);
  });

  it('stays quiet for complete targets and for targets of draft or lapsed agreements', () => {
    r = new Registers();
    const sla = r.agreement({ code: 'AGR-001', type: 'sla' });
    r.target({ code: 'TGT-001', agreement: sla });
    const draft = r.agreement({ code: 'AGR-002', type: 'other', status: 'draft' });
    r.target({ code: 'TGT-002', agreement: draft, threshold: null });
    const expired = r.agreement({ code: 'AGR-003', type: 'contract', status: 'expired' });
    r.target({ code: 'TGT-003', agreement: expired, period: null });
    expect(targetNotMeasurable.run(r.db, today)).toEqual([]);
  });
});
