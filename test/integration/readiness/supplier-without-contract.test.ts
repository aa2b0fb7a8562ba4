import { afterEach, describe, expect, it } from 'vitest';
import { supplierWithoutContract } from '../../../src-main/core/readiness/rules/supplier-without-contract';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('supplier-without-contract (8.3.4.1)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for an external supplier of a live service whose contract ended yesterday', () => {
    r = new Registers();
    const vault = r.supplier({ code: 'SUP-007', name: 'Vaultline' });
    const backup = r.service({
      code: 'SVC-005',
      name: 'Backup',
      components: [{ name: 'Tapes', operatedBy: vault }],
    });
    // The message and records give the latest contract, not an older one.
    r.agreement({ code: 'AGR-010', type: 'contract', supplier: vault, status: 'expired', end: '2023-01-31' });
    const latest = r.agreement({ code: 'AGR-022', type: 'contract', supplier: vault, end: '2026-11-21' });
    expect(supplierWithoutContract.run(r.db, today)).toEqual([
      {
        ruleId: 'supplier-without-contract',
        clause: '8.3.4.1',
        itemId: '8.3.4.1-02',
        severity: 'major',
        title: 'External supplier without a contract in force',
        message:
          'SUP-007 Vaultline supports live service SVC-005 Backup but has no contract in force: ' +
          'its latest contract, AGR-022, ended on 2026-11-21, 1 day ago.',
        records: [named('suppliers', vault), named('services', backup), named('agreements', latest)],
      },
    ]);
  });

  it('fires for a supplier with no contract at all, or only an MOU, listing every live service it supports', () => {
    r = new Registers();
    const b = r.service({ code: 'SVC-002', name: 'B' });
    const supplier = r.supplier({ code: 'SUP-001', name: 'Acme', provides: [b] });
    // Supported through a part it operates, and once more through a service no longer live.
    const a = r.service({ code: 'SVC-001', name: 'A', components: [{ name: 'X', operatedBy: supplier }] });
    r.service({
      code: 'SVC-003',
      name: 'C',
      lifecycle: 'retired',
      components: [{ name: 'Y', operatedBy: supplier }],
    });
    r.agreement({ code: 'AGR-001', type: 'other', supplier });
    const [finding] = supplierWithoutContract.run(r.db, today);
    expect(finding?.message).toBe(
      'SUP-001 Acme supports live services SVC-001 A and SVC-002 B but has no contract in force: ' +
        'no contract with it is recorded.',
    );
    expect(finding?.records).toEqual([
      named('suppliers', supplier),
      named('services', a),
      named('services', b),
    ]);
  });

  it('stays quiet for contracts in force (ending today), idle suppliers and internal suppliers', () => {
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
      end: '2025-12-31',
    });
    r.agreement({ code: 'AGR-003', type: 'contract', supplier: renewed, start: '2026-01-01', end: null });
    r.supplier({ code: 'SUP-003' });
    const pipeline = r.service({ code: 'SVC-002', lifecycle: 'pipeline' });
    r.supplier({ code: 'SUP-004', provides: [pipeline] });
    r.supplier({ code: 'SUP-005', kind: 'internal', provides: [service] });
    expect(supplierWithoutContract.run(r.db, today)).toEqual([]);
  });
});
