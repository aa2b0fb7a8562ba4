import { afterEach, describe, expect, it } from 'vitest';
import { customerWithoutRelationshipManager } from '../../../src-main/core/readiness/rules/customer-without-relationship-manager';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('customer-without-relationship-manager (8.3.2)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for a customer whose relationship manager is empty or blank', () => {
    r = new Registers();
    const empty = r.customer({ code: 'CUS-001', name: 'Northmoor', relationshipManager: '' });
    const blank = r.customer({
      code: 'CUS-002',
      name: 'Lindevelt',
      kind: 'internal',
      relationshipManager: '   ',
    });
    expect(customerWithoutRelationshipManager.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'customer-without-relationship-manager',
        clause: '8.3.2',
        itemId: '8.3.2-02',
        severity: 'minor',
        message: 'CUS-001 Northmoor has no relationship manager.',
        records: [named('customers', empty)],
      }),
      expect.objectContaining({ records: [named('customers', blank)] }),
    ]);
  });

  it('stays quiet when every customer has one', () => {
    r = new Registers();
    r.customer({ code: 'CUS-001', relationshipManager: 'Daniel Okafor' });
    expect(customerWithoutRelationshipManager.run(r.db, today)).toEqual([]);
  });
});
