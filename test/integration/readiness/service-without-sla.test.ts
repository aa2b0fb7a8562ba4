import { afterEach, describe, expect, it } from 'vitest';
import { serviceWithoutSla } from '../../../src-main/core/readiness/rules/service-without-sla';
import { named, Registers } from './registers-builder';

const today = '2026-11-22';

describe('service-without-sla (8.3.3)', () => {
  let r: Registers;
  afterEach(() => r.close());

  it('fires for a live catalogue service that serves customers and no SLA covers', () => {
    r = new Registers();
    const customer = r.customer({ code: 'CUS-001' });
    const service = r.service({ code: 'SVC-007', name: 'Backup and Recovery', customers: [customer] });
    // A contract naming the service is no SLA.
    r.agreement({ code: 'AGR-001', type: 'contract', services: [service] });
    expect(serviceWithoutSla.run(r.db, today)).toEqual([
      {
        ruleId: 'service-without-sla',
        clause: '8.3.3',
        itemId: '8.3.3-01',
        severity: 'major',
        title: 'Live service without an agreed SLA',
        message:
          'SVC-007 Backup and Recovery is live in the catalogue and serves 1 customer, but no agreed SLA covers it.',
        records: [named('services', service)],
      },
    ]);
  });

  it('names the SLA that covers the service but is not in force', () => {
    r = new Registers();
    const service = r.service({ code: 'SVC-001', name: 'Hosting' });
    const ended = r.agreement({ code: 'AGR-004', type: 'sla', end: '2026-11-21', services: [service] });
    const [finding] = serviceWithoutSla.run(r.db, today);
    expect(finding?.message).toBe(
      'SVC-001 Hosting is live in the catalogue and offered to customers, but no agreed SLA covers it ' +
        '(AGR-004, the SLA that names it, ended on 2026-11-21, 1 day ago).',
    );
    expect(finding?.records).toEqual([named('services', service), named('agreements', ended)]);
  });

  it('fires for drafts, future SLAs and live services outside the catalogue that have customers', () => {
    r = new Registers();
    const customer = r.customer({ code: 'CUS-001' });
    const drafted = r.service({ code: 'SVC-001' });
    r.agreement({ code: 'AGR-001', type: 'sla', status: 'draft', services: [drafted] });
    const future = r.service({ code: 'SVC-002' });
    r.agreement({ code: 'AGR-002', type: 'sla', start: '2026-11-23', services: [future] });
    const uncatalogued = r.service({ code: 'SVC-003', inCatalogue: false, customers: [customer] });
    const findings = serviceWithoutSla.run(r.db, today);
    expect(findings.map((finding) => finding.records[0]?.id)).toEqual([
      drafted.id,
      future.id,
      uncatalogued.id,
    ]);
    expect(findings[0]?.message).toContain('(AGR-001, the SLA that names it, is still a draft)');
    expect(findings[1]?.message).toContain('(AGR-002, the SLA that names it, starts only on 2026-11-23)');
    expect(findings[2]?.message).toContain('is live and serves 1 customer');
  });

  it('stays quiet for covered services, SLAs ending today, supporting and non-live services', () => {
    r = new Registers();
    const covered = r.service({ code: 'SVC-001' });
    r.agreement({ code: 'AGR-001', type: 'sla', start: null, end: null, services: [covered] });
    const endsToday = r.service({ code: 'SVC-002' });
    r.agreement({ code: 'AGR-002', type: 'sla', start: today, end: today, services: [endsToday] });
    // A supporting service: shown only internally and serving no customer directly.
    r.service({ code: 'SVC-003', visibility: 'internal' });
    r.service({ code: 'SVC-004', lifecycle: 'pipeline' });
    r.service({ code: 'SVC-005', lifecycle: 'retired' });
    expect(serviceWithoutSla.run(r.db, today)).toEqual([]);
  });
});
