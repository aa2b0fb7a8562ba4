import type { Harness } from './harness';

/** Ids of the records `seedBasics` creates, by code. */
export type SeedIds = Record<string, string>;

/**
 * A small, realistic set of records to import against: customers, suppliers of all three kinds,
 * services, agreements of each type and targets.
 */
export async function seedBasics(h: Harness): Promise<SeedIds> {
  const ids: SeedIds = {};
  ids['CUS-001'] = await h.create('customers', { code: 'CUS-001', name: 'Acme Retail', kind: 'external' });
  ids['CUS-002'] = await h.create('customers', { code: 'CUS-002', name: 'Nordic Bank', kind: 'external' });
  ids['CUS-003'] = await h.create('customers', { code: 'CUS-003', name: 'Group Finance', kind: 'internal' });
  ids['SUP-001'] = await h.create('suppliers', {
    code: 'SUP-001',
    name: 'CloudCo',
    kind: 'external',
    riskRating: 'medium',
  });
  ids['SUP-002'] = await h.create('suppliers', {
    code: 'SUP-002',
    name: 'Group IT',
    kind: 'internal',
    riskRating: 'low',
  });
  ids['SUP-003'] = await h.create('suppliers', {
    code: 'SUP-003',
    name: 'Group Finance Services',
    kind: 'customer',
    customerId: ids['CUS-003'],
    riskRating: 'low',
  });
  ids['SVC-001'] = await h.create('services', {
    code: 'SVC-001',
    name: 'Web hosting',
    lifecycle: 'live',
    criticality: 'high',
    customerIds: [ids['CUS-001']],
  });
  ids['SVC-002'] = await h.create('services', {
    code: 'SVC-002',
    name: 'Service desk',
    lifecycle: 'live',
    criticality: 'medium',
  });
  ids['AGR-001'] = await h.create('agreements', {
    code: 'AGR-001',
    title: 'Acme hosting SLA',
    type: 'sla',
    status: 'agreed',
    customerId: ids['CUS-001'],
    serviceIds: [ids['SVC-001']],
  });
  ids['AGR-002'] = await h.create('agreements', {
    code: 'AGR-002',
    title: 'CloudCo infrastructure contract',
    type: 'contract',
    status: 'agreed',
    supplierId: ids['SUP-001'],
  });
  ids['TGT-001'] = await h.create('targets', {
    code: 'TGT-001',
    agreementId: ids['AGR-001'],
    serviceId: ids['SVC-001'],
    name: 'Availability of web hosting',
    metric: 'availability',
    comparison: '>=',
    threshold: 99.5,
    unit: '%',
    period: 'monthly',
  });
  ids['TGT-002'] = await h.create('targets', {
    code: 'TGT-002',
    agreementId: ids['AGR-001'],
    name: 'First response',
    metric: 'response_time',
    comparison: '<=',
    threshold: 4,
    unit: 'hours',
    period: 'monthly',
  });
  return ids;
}
