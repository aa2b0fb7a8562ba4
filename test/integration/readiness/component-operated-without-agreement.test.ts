import { afterEach, describe, expect, it } from 'vitest';
import { componentOperatedWithoutAgreement } from '../../../src-main/core/readiness/rules/component-operated-without-agreement';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('component-operated-without-agreement (8.2.3)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for each part of a live service operated by a party with no agreement in force', () => {
    r = new Registers();
    const platform = r.supplier({ code: 'SUP-012', name: 'Group Platform', kind: 'internal' });
    const vault = r.supplier({ code: 'SUP-007', name: 'Vaultline' });
    r.agreement({ code: 'AGR-022', type: 'contract', supplier: vault, end: '2026-11-21' });
    const monitoring = r.service({
      code: 'SVC-004',
      name: 'Monitoring',
      components: [{ name: 'Collectors' }, { name: 'Automation runbooks', operatedBy: platform }],
    });
    const backup = r.service({
      code: 'SVC-005',
      name: 'Backup',
      components: [{ name: 'Tapes', operatedBy: vault }],
    });
    expect(componentOperatedWithoutAgreement.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'component-operated-without-agreement',
        clause: '8.2.3',
        itemId: '8.2.3-03',
        severity: 'minor',
        message:
          'Part "Automation runbooks" of SVC-004 Monitoring is operated by SUP-012 Group Platform (internal supplier), ' +
          'with which no agreement is in force.',
        records: [named('services', monitoring), named('suppliers', platform)],
      }),
      expect.objectContaining({
        message:
          'Part "Tapes" of SVC-005 Backup is operated by SUP-007 Vaultline (external supplier), with which no agreement is in force.',
        records: [named('services', backup), named('suppliers', vault)],
      }),
    ]);
  });

  it('stays quiet when the party has any agreement in force, and for parts of services not live', () => {
    r = new Registers();
    const carrier = r.supplier({ code: 'SUP-001' });
    r.agreement({ code: 'AGR-001', type: 'contract', supplier: carrier, end: today });
    const customer = r.customer({ code: 'CUS-001' });
    const technicians = r.supplier({ code: 'SUP-002', kind: 'customer', customer });
    r.agreement({ code: 'AGR-002', type: 'ola', supplier: technicians });
    const idle = r.supplier({ code: 'SUP-003' });
    r.service({
      code: 'SVC-001',
      components: [
        { name: 'Circuits', operatedBy: carrier },
        { name: 'On-site support', operatedBy: technicians },
        { name: 'Own part' },
      ],
    });
    r.service({ code: 'SVC-002', lifecycle: 'pipeline', components: [{ name: 'Pilot', operatedBy: idle }] });
    expect(componentOperatedWithoutAgreement.run(r.db, today)).toEqual([]);
  });
});
