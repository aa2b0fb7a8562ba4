import { recordMeasurement } from '../../../src-main/core/registers/measurement-store';
import { writeContext } from '../../../src-main/core/registers/write-context';
import type { Harness } from './harness';

/**
 * Records that use every field a register file holds, with the values that break naive CSV and
 * spreadsheet handling: separators, quotes and line breaks inside values, text that looks like a
 * formula, list separators inside list items, Windows paths, codes that sort wrongly as text,
 * services that depend on each other in a circle, and numbers that print long.
 */
export async function seedEverything(h: Harness): Promise<void> {
  const customer = (values: Record<string, unknown>) => h.create('customers', values);
  const acme = await customer({
    code: 'CUS-001',
    name: 'Ærø Shipping, "Nordic" A/S',
    kind: 'external',
    relationshipManager: '=HYPERLINK("http://evil.example","click")',
    description: 'Key account\nsince 2019; renewed yearly',
    contacts: [
      { name: 'Jo | Bloggs', role: 'Buyer; IT', email: 'jo@example.com', phone: '+47 555 0101' },
      { name: '"Quoted" Name', role: '', email: '', phone: '' },
      { name: 'Only name', role: 'CIO', email: '', phone: '' },
    ],
    satisfaction: [{ measuredOn: '2026-01-15', score: 4.5, comment: 'Kept, not exported' }],
  });
  const internal = await customer({
    code: 'CUS-002',
    name: 'Group Finance',
    kind: 'internal',
    description: '@SUM(A1:A3)',
  });
  await customer({
    code: 'CUS-010',
    name: 'Tab\tand ‘quotes’',
    kind: 'external',
    relationshipManager: "'=already quoted",
  });

  const supplier = (values: Record<string, unknown>) => h.create('suppliers', values);
  const cloud = await supplier({
    code: 'SUP-001',
    name: 'CloudCo; Ltd',
    kind: 'external',
    description: '-minus at the start',
    providesProcesses: 'Backup; restore\nMonitoring',
    riskRating: 'high',
    contacts: [{ name: 'Sam', role: 'Account manager', email: 'sam@cloud.example', phone: '' }],
    reviewCadenceMonths: 12,
    lastReviewDate: '2025-11-30',
    nextReviewDate: '2026-11-30',
    evaluations: [
      { evaluatedOn: '2025-01-10', criterion: 'Price', score: 3, weight: 2, notes: 'Not exported' },
    ],
  });
  const groupIt = await supplier({ code: 'SUP-002', name: 'Group IT', kind: 'internal', riskRating: 'low' });
  const acting = await supplier({
    code: 'SUP-003',
    name: 'Finance shared services',
    kind: 'customer',
    customerId: internal,
    riskRating: 'medium',
    reviewCadenceMonths: 6,
  });

  const service = (values: Record<string, unknown>) => h.create('services', values);
  const web = await service({
    code: 'SVC-001',
    name: 'Web hosting',
    description: 'Managed hosting, patching and "backups"',
    owner: 'Ana Costa',
    lifecycle: 'live',
    criticality: 'critical',
    customerIds: [acme, internal],
    components: [
      { name: 'Web tier | nginx', type: 'application', owner: 'Platform; Ops', operatedBySupplierId: cloud },
      { name: 'Database', type: '', owner: '', operatedBySupplierId: null },
      { name: '"Edge" cache', type: 'cdn', owner: 'Ops', operatedBySupplierId: groupIt },
    ],
    catalogue: {
      inCatalogue: true,
      offerings: 'Small; Medium; Large',
      requestTypes: 'New site\nCertificate renewal',
      availabilityHours: 'Mon–Fri 08:00–18:00',
      targetsOffered: '+99.5% availability',
      visibility: 'public',
    },
  });
  const desk = await service({
    code: 'SVC-002',
    name: 'Service desk',
    lifecycle: 'pipeline',
    criticality: 'low',
    dependsOnIds: [web],
  });
  // A circle: web hosting and the service desk depend on each other.
  await h.update('services', web, { dependsOnIds: [desk] });
  await service({
    code: 'SVC-1000',
    name: 'Archive',
    lifecycle: 'retired',
    criticality: 'medium',
    dependsOnIds: [web, desk],
  });
  await service({
    code: 'SVC-010',
    name: 'Mail',
    lifecycle: 'live',
    criticality: 'high',
    catalogue: { inCatalogue: true, visibility: 'customers' },
  });
  await h.update('suppliers', cloud, {
    providesServiceIds: [web, desk],
    raci: [{ serviceId: web, activity: 'Patching', role: 'R' }],
  });

  const agreement = (values: Record<string, unknown>) => h.create('agreements', values);
  const sla = await agreement({
    code: 'AGR-001',
    title: 'Hosting SLA, 2026',
    type: 'sla',
    customerId: acme,
    serviceIds: [web, desk],
    description: 'Line one\nLine two, with a comma',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    noticePeriodDays: 90,
    reviewCadenceMonths: 12,
    lastReviewDate: '2025-12-15',
    nextReviewDate: '2026-12-15',
    owner: 'Ana Costa',
    status: 'agreed',
    documentLinks: ['\\\\fs01\\contracts\\sla 2026.pdf', 'https://docs.example/a;b?c=1|2', ''],
  });
  await agreement({
    code: 'AGR-002',
    title: 'Group IT OLA',
    type: 'ola',
    supplierId: groupIt,
    status: 'draft',
  });
  await agreement({
    code: 'AGR-003',
    title: 'Finance OLA',
    type: 'ola',
    supplierId: acting,
    status: 'terminated',
    endDate: '2025-06-30',
  });
  const contract = await agreement({
    code: 'AGR-004',
    title: 'CloudCo contract',
    type: 'contract',
    supplierId: cloud,
    status: 'expired',
    noticePeriodDays: 0,
  });
  await agreement({ code: 'AGR-005', title: 'MOU with partners', type: 'other', status: 'agreed' });

  const target = (values: Record<string, unknown>) => h.create('targets', values);
  const availability = await target({
    code: 'TGT-001',
    agreementId: sla,
    serviceId: web,
    name: 'Availability',
    metric: 'availability',
    comparison: '>=',
    threshold: 99.95,
    unit: '%',
    period: 'monthly',
  });
  const response = await target({
    code: 'TGT-002',
    agreementId: sla,
    name: 'Response',
    metric: 'response_time',
    comparison: '<=',
    threshold: 4,
    unit: 'hours',
    period: 'quarterly',
  });
  await target({
    code: 'TGT-003',
    agreementId: sla,
    name: 'Drift',
    metric: 'custom',
    comparison: '=',
    threshold: -1.5,
    unit: '',
    period: 'half_yearly',
  });
  await target({
    code: 'TGT-004',
    agreementId: contract,
    name: 'Tiny',
    metric: 'resolution_time',
    comparison: '<',
    threshold: 1e-7,
    period: 'yearly',
  });
  await target({ code: 'TGT-005', agreementId: contract, name: 'Draft target', metric: 'satisfaction' });
  await target({
    code: 'TGT-006',
    agreementId: contract,
    name: 'Availability',
    metric: 'availability',
    comparison: '>',
    threshold: 0,
  });

  const context = writeContext(h.db);
  const measured: [string, string, number, string][] = [
    [availability, '2026-01-01', 99.97, ''],
    [availability, '2026-02-01', 0.1 + 0.2, '-3 hours of outage'],
    [availability, '2026-03-01', 1234567.891, '@night, "planned"'],
    [response, '2026-01-01', -2, 'line\nbreak'],
  ];
  for (const [targetId, periodStart, value, note] of measured)
    recordMeasurement(context, { targetId, periodStart, value, note });

  await h.create('reviews', {
    code: 'REV-001',
    subject: 'agreement',
    agreementId: sla,
    reviewDate: '2026-03-01',
    participants: 'Ana Costa; Jo Bloggs',
    outcome: '=1+1 is not a formula here',
    actions: [
      { description: 'Renew certificates | all sites', owner: 'Ops', dueDate: '2026-04-01', status: 'open' },
      { description: 'Update; contacts', owner: '', dueDate: null, status: 'done' },
      { description: 'Cancelled idea', owner: 'Bo', dueDate: null, status: 'cancelled' },
    ],
  });
  await h.create('reviews', {
    code: 'REV-002',
    subject: 'supplier',
    supplierId: cloud,
    reviewDate: '2026-02-10',
  });
}
