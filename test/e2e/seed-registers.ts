import type { WorkspaceApi } from './workspace-api';

/** `months` months before `from` (YYYY-MM-01). */
function monthStart(from: Date, monthsBack: number): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - monthsBack, 1));
  return date.toISOString().slice(0, 10);
}

function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A small, realistic set of registers for the screenshots: a few services, customers, suppliers of
 * all three kinds, agreements of every type with targets and a year and a half of measurements
 * (some breached), an overdue review, and a contract about to expire.
 */
export async function seedRegisters(api: WorkspaceApi) {
  const northgate = await api.call('customers.create', {
    name: 'Northgate Logistics plc',
    kind: 'external',
    relationshipManager: 'Amira Okafor',
    description: 'Freight forwarding group; hosting and service desk customer since 2019.',
    contacts: [
      {
        name: 'Tom Reyes',
        role: 'Head of IT',
        email: 'tom.reyes@northgate.example',
        phone: '+44 113 496 0100',
      },
      { name: 'Lena Fischer', role: 'Service manager', email: 'lena.fischer@northgate.example', phone: '' },
    ],
    satisfaction: [
      { measuredOn: day(-300), score: 7.8, comment: 'Annual survey' },
      { measuredOn: day(-120), score: 8.4, comment: 'Quarterly review' },
    ],
    complaints: [
      {
        receivedOn: day(-40),
        description: 'Password resets took over a day during the March peak.',
        status: 'investigating',
        resolution: '',
      },
    ],
  });
  const kestrel = await api.call('customers.create', {
    name: 'Kestrel Insurance Group',
    kind: 'external',
    relationshipManager: 'Daniel Price',
  });
  const finance = await api.call('customers.create', {
    name: 'Harbourline Finance department',
    kind: 'internal',
    relationshipManager: 'Priya Raman',
  });

  const colo = await api.call('suppliers.create', {
    name: 'Northwind Data Centres Ltd',
    kind: 'external',
    riskRating: 'high',
    description: 'Colocation, power and cooling for the Leeds data hall.',
    providesProcesses: 'Physical security, environmental monitoring',
    reviewCadenceMonths: 6,
    lastReviewDate: day(-220),
    nextReviewDate: day(-38),
    contacts: [
      { name: 'Graham Holt', role: 'Account manager', email: 'g.holt@northwind.example', phone: '' },
    ],
    evaluations: [
      {
        evaluatedOn: day(-400),
        criterion: 'Resilience (Tier III)',
        score: 4,
        weight: 3,
        notes: 'Site visit done',
      },
      { evaluatedOn: day(-400), criterion: 'Price', score: 3, weight: 1, notes: '' },
    ],
  });
  const carrier = await api.call('suppliers.create', {
    name: 'Meridian Networks',
    kind: 'external',
    riskRating: 'medium',
    reviewCadenceMonths: 12,
    nextReviewDate: day(95),
  });
  const netops = await api.call('suppliers.create', {
    name: 'Harbourline Network Operations',
    kind: 'internal',
    riskRating: 'low',
    reviewCadenceMonths: 12,
    nextReviewDate: day(140),
  });
  await api.call('suppliers.create', {
    name: 'Kestrel Insurance IT',
    kind: 'customer',
    customerId: kestrel.id,
    riskRating: 'medium',
    providesProcesses: 'First-line support for Kestrel staff',
  });

  const hosting = await api.call('services.create', {
    name: 'Managed hosting',
    owner: 'Sofia Marsh',
    lifecycle: 'live',
    criticality: 'critical',
    description: 'Virtual and dedicated servers run from the Leeds and Rotterdam data halls.',
    customerIds: [northgate.id, kestrel.id],
    components: [
      {
        name: 'VMware cluster LDS-01',
        type: 'Platform',
        owner: 'Infrastructure',
        operatedBySupplierId: null,
      },
      { name: 'Leeds data hall', type: 'Facility', owner: 'Facilities', operatedBySupplierId: colo.id },
    ],
    catalogue: {
      inCatalogue: true,
      offerings: 'Virtual servers, dedicated servers, managed databases',
      requestTypes: 'New server, resize, restore from backup',
      availabilityHours: '24×7',
      targetsOffered: '99.9% availability, P1 response within 15 minutes',
      visibility: 'customers',
    },
  });
  const desk = await api.call('services.create', {
    name: '24×7 service desk',
    owner: 'Marcus Bell',
    lifecycle: 'live',
    criticality: 'high',
    customerIds: [northgate.id, finance.id],
  });
  await api.call('services.create', {
    name: 'End-user computing',
    owner: 'Marcus Bell',
    lifecycle: 'live',
    criticality: 'medium',
    dependsOnIds: [desk.id],
  });
  await api.call('services.create', {
    name: 'Backup as a service',
    owner: 'Sofia Marsh',
    lifecycle: 'pipeline',
    criticality: 'high',
  });

  const sla = await api.call('agreements.create', {
    title: 'Northgate managed hosting SLA',
    type: 'sla',
    customerId: northgate.id,
    serviceIds: [hosting.id, desk.id],
    startDate: day(-700),
    endDate: day(330),
    reviewCadenceMonths: 6,
    lastReviewDate: day(-100),
    nextReviewDate: day(80),
    owner: 'Amira Okafor',
    status: 'agreed',
    documentLinks: ['Contracts/Northgate/SLA-2024-signed.pdf'],
  });
  const contract = await api.call('agreements.create', {
    title: 'Leeds colocation contract',
    type: 'contract',
    supplierId: colo.id,
    serviceIds: [hosting.id],
    startDate: day(-1060),
    endDate: day(41),
    noticePeriodDays: 90,
    reviewCadenceMonths: 12,
    nextReviewDate: day(-12),
    owner: 'Sofia Marsh',
    status: 'agreed',
  });
  await api.call('agreements.create', {
    title: 'WAN carrier contract',
    type: 'contract',
    supplierId: carrier.id,
    startDate: day(-1500),
    endDate: day(-60),
    status: 'expired',
  });
  await api.call('agreements.create', {
    title: 'Network operations OLA',
    type: 'ola',
    supplierId: netops.id,
    serviceIds: [hosting.id],
    status: 'agreed',
    reviewCadenceMonths: 12,
    nextReviewDate: day(140),
  });

  const availability = await api.call('targets.create', {
    agreementId: sla.id,
    serviceId: hosting.id,
    name: 'Hosting availability',
    metric: 'availability',
    comparison: '>=',
    threshold: 99.9,
    unit: '%',
    period: 'monthly',
  });
  const response = await api.call('targets.create', {
    agreementId: sla.id,
    serviceId: desk.id,
    name: 'P1 response time',
    metric: 'response_time',
    comparison: '<=',
    threshold: 15,
    unit: 'minutes',
    period: 'monthly',
  });
  const power = await api.call('targets.create', {
    agreementId: contract.id,
    serviceId: hosting.id,
    name: 'Power availability',
    metric: 'availability',
    comparison: '>=',
    threshold: 99.99,
    unit: '%',
    period: 'quarterly',
  });
  await api.call('targets.create', {
    agreementId: sla.id,
    name: 'Customer satisfaction',
    metric: 'satisfaction',
    unit: '',
  });

  const now = new Date();
  const availabilityValues = [
    99.95, 99.97, 99.92, 99.99, 99.84, 99.93, 99.96, 99.98, 99.91, 99.97, 99.88, 99.94, 99.99, 99.95, 99.93,
    99.97, 99.96, 99.86,
  ];
  for (const [index, value] of availabilityValues.entries()) {
    await api.call('measurements.record', {
      targetId: availability.id,
      periodStart: monthStart(now, availabilityValues.length - index),
      value,
      note: value < 99.9 ? 'Storage controller failover' : '',
    });
  }
  const responseValues = [12, 14, 11, 9, 13, 17, 12, 10, 11, 14, 13, 12];
  for (const [index, value] of responseValues.entries()) {
    await api.call('measurements.record', {
      targetId: response.id,
      periodStart: monthStart(now, responseValues.length - index),
      value,
      note: '',
    });
  }
  for (const [index, value] of [99.995, 99.999, 99.98].entries()) {
    await api.call('measurements.record', {
      targetId: power.id,
      periodStart: monthStart(now, 9 - index * 3),
      value,
      note: '',
    });
  }

  await api.call('reviews.create', {
    subject: 'supplier',
    supplierId: colo.id,
    reviewDate: day(-220),
    participants: 'Sofia Marsh, Graham Holt (Northwind)',
    outcome: 'Power incident in Hall B reviewed; Northwind to add a second UPS string before winter.',
    actions: [
      { description: 'Confirm UPS upgrade date', owner: 'Graham Holt', dueDate: day(-150), status: 'open' },
      {
        description: 'Share generator test reports monthly',
        owner: 'Graham Holt',
        dueDate: day(-180),
        status: 'done',
      },
    ],
  });
  await api.call('reviews.create', {
    subject: 'agreement',
    agreementId: sla.id,
    reviewDate: day(-100),
    participants: 'Amira Okafor, Tom Reyes, Lena Fischer',
    outcome: 'Availability met in 5 of 6 months; customer asked for a P2 response target.',
    actions: [
      { description: 'Draft P2 response target', owner: 'Amira Okafor', dueDate: day(20), status: 'open' },
    ],
  });

  return { northgate, colo, hosting, sla, contract, availability };
}
