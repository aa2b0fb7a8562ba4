import { afterEach, describe, expect, it } from 'vitest';
import { contractExpired } from '../../../src-main/core/readiness/rules/contract-expired';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('contract-expired (8.3.4.1)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for a contract that ended yesterday but is still recorded as agreed', () => {
    r = new Registers();
    const supplier = r.supplier({ code: 'SUP-005', name: 'Mossgate' });
    const contract = r.agreement({
      code: 'AGR-020',
      title: 'Hardware maintenance',
      type: 'contract',
      supplier,
      end: '2026-11-21',
    });
    expect(contractExpired.run(r.db, today)).toEqual([
      expect.objectContaining({
        ruleId: 'contract-expired',
        clause: '8.3.4.1',
        itemId: '8.3.4.1-06',
        severity: 'minor',
        message:
          'AGR-020 Hardware maintenance with SUP-005 Mossgate ended on 2026-11-21, 1 day ago, yet is still recorded as agreed.',
        records: [named('agreements', contract), named('suppliers', supplier)],
      }),
    ]);
  });

  it('fires for the latest expired or terminated contract of a supplier that still supports a live service', () => {
    r = new Registers();
    const vault = r.supplier({ code: 'SUP-007', name: 'Vaultline' });
    const backup = r.service({
      code: 'SVC-005',
      name: 'Backup',
      components: [{ name: 'Tapes', operatedBy: vault }],
    });
    r.agreement({ code: 'AGR-009', type: 'contract', supplier: vault, status: 'expired', end: '2023-10-08' });
    const lapsed = r.agreement({
      code: 'AGR-022',
      title: 'Off-site media',
      type: 'contract',
      supplier: vault,
      status: 'expired',
      end: '2026-10-08',
    });
    const hauler = r.supplier({ code: 'SUP-008', name: 'Kittiwake', provides: [backup] });
    const ended = r.agreement({
      code: 'AGR-023',
      title: 'Courier',
      type: 'contract',
      supplier: hauler,
      status: 'terminated',
    });
    expect(contractExpired.run(r.db, today)).toEqual([
      expect.objectContaining({
        message:
          'AGR-022 Off-site media with SUP-007 Vaultline expired on 2026-10-08, and no newer contract is in force; ' +
          'the supplier still supports live service SVC-005 Backup.',
        records: [named('agreements', lapsed), named('suppliers', vault), named('services', backup)],
      }),
      expect.objectContaining({
        message:
          'AGR-023 Courier with SUP-008 Kittiwake was terminated, and no newer contract is in force; ' +
          'the supplier still supports live service SVC-005 Backup.',
        records: [named('agreements', ended), named('suppliers', hauler), named('services', backup)],
      }),
    ]);
  });

  it('stays quiet for contracts ending today, renewed or unused lapsed contracts, and other agreement types', () => {
    r = new Registers();
    const service = r.service({ code: 'SVC-001' });
    const current = r.supplier({ code: 'SUP-001', provides: [service] });
    r.agreement({ code: 'AGR-001', type: 'contract', supplier: current, end: today });
    const renewed = r.supplier({ code: 'SUP-002', provides: [service] });
    r.agreement({
      code: 'AGR-002',
      type: 'contract',
      supplier: renewed,
      status: 'expired',
      end: '2026-06-30',
    });
    r.agreement({
      code: 'AGR-003',
      type: 'contract',
      supplier: renewed,
      start: '2026-07-01',
      end: '2029-06-30',
    });
    const gone = r.supplier({ code: 'SUP-003' });
    r.agreement({ code: 'AGR-004', type: 'contract', supplier: gone, status: 'expired', end: '2025-01-31' });
    const internal = r.supplier({ code: 'SUP-004', kind: 'internal', provides: [service] });
    r.agreement({ code: 'AGR-005', type: 'ola', supplier: internal, end: '2026-01-31' });
    expect(contractExpired.run(r.db, today)).toEqual([]);
  });
});
