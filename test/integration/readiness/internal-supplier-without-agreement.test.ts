import { afterEach, describe, expect, it } from 'vitest';
import { internalSupplierWithoutAgreement } from '../../../src-main/core/readiness/rules/internal-supplier-without-agreement';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('internal-supplier-without-agreement (8.3.4.2)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for an internal supplier and a customer acting as a supplier with no agreement in force', () => {
    r = new Registers();
    const monitoring = r.service({ code: 'SVC-004', name: 'Monitoring' });
    const patching = r.service({ code: 'SVC-013', name: 'Patching' });
    const platform = r.supplier({
      code: 'SUP-012',
      name: 'Group Platform',
      kind: 'internal',
      provides: [patching, monitoring],
    });
    const school = r.customer({ code: 'CUS-007', name: 'Larchmere' });
    const technicians = r.supplier({
      code: 'SUP-013',
      name: 'Site technicians',
      kind: 'customer',
      customer: school,
    });
    const workplace = r.service({
      code: 'SVC-015',
      name: 'Workplace',
      components: [{ name: 'On-site support', operatedBy: technicians }],
    });
    r.agreement({ code: 'AGR-015', type: 'ola', supplier: technicians, status: 'draft' });
    expect(internalSupplierWithoutAgreement.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'internal-supplier-without-agreement',
        clause: '8.3.4.2',
        itemId: '8.3.4.2-01',
        severity: 'major',
        message:
          'SUP-012 Group Platform is an internal supplier to live services SVC-004 Monitoring and SVC-013 Patching ' +
          'but has no agreed OLA or other agreement in force.',
        records: [named('suppliers', platform), named('services', monitoring), named('services', patching)],
      }),
      expect.objectContaining({
        message:
          'SUP-013 Site technicians is a customer acting as a supplier to live service SVC-015 Workplace ' +
          'but has no agreed OLA or other agreement in force.',
        records: [named('suppliers', technicians), named('services', workplace)],
      }),
    ]);
  });

  it('stays quiet for agreed OLAs (even ending today), idle internal suppliers and external suppliers', () => {
    r = new Registers();
    const service = r.service({ code: 'SVC-001' });
    const security = r.supplier({ code: 'SUP-010', kind: 'internal', provides: [service] });
    r.agreement({ code: 'AGR-013', type: 'ola', supplier: security, end: today });
    const facilities = r.supplier({ code: 'SUP-011', kind: 'internal', provides: [service] });
    r.agreement({ code: 'AGR-014', type: 'other', supplier: facilities });
    const retired = r.service({ code: 'SVC-002', lifecycle: 'retired' });
    r.supplier({ code: 'SUP-012', kind: 'internal', provides: [retired] });
    r.supplier({ code: 'SUP-001', kind: 'external', provides: [service] });
    expect(internalSupplierWithoutAgreement.run(r.db, today)).toEqual([]);
  });
});
