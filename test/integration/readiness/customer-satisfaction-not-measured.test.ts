import { afterEach, describe, expect, it } from 'vitest';
import { customerSatisfactionNotMeasured } from '../../../src-main/core/readiness/rules/customer-satisfaction-not-measured';
import { named, Registers } from './registers-builder';

describe('customer-satisfaction-not-measured (8.3.2)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for a customer never surveyed, or last surveyed 12 months and a day ago', () => {
    r = new Registers();
    const never = r.customer({ code: 'CUS-001', name: 'Northmoor' });
    const lapsed = r.customer({
      code: 'CUS-002',
      name: 'Lindevelt',
      satisfaction: ['2024-06-01', '2025-11-21'],
    });
    expect(customerSatisfactionNotMeasured.run(r.db, '2026-11-22')).toEqual([
      expect.objectContaining({
        ruleId: 'customer-satisfaction-not-measured',
        clause: '8.3.2',
        itemId: '8.3.2-05',
        severity: 'minor',
        message: 'CUS-001 Northmoor has never had its satisfaction measured.',
        records: [named('customers', never)],
      }),
      expect.objectContaining({
        message:
          'CUS-002 Lindevelt last had its satisfaction measured on 2025-11-21, more than 12 months ago.',
        records: [named('customers', lapsed)],
      }),
    ]);
  });

  it('counts a survey exactly 12 months ago, but not one after the reference date', () => {
    r = new Registers();
    r.customer({ code: 'CUS-001', satisfaction: ['2025-11-22'] });
    // A year before 29 February is 28 February.
    r.customer({ code: 'CUS-002', satisfaction: ['2027-02-28'] });
    expect(customerSatisfactionNotMeasured.run(r.db, '2026-11-22').map((f) => f.records[0]?.code)).toEqual([
      'CUS-002',
    ]);
    expect(customerSatisfactionNotMeasured.run(r.db, '2028-02-29').map((f) => f.records[0]?.code)).toEqual([
      'CUS-001',
    ]);
  });
});
