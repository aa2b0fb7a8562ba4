import type { Harness } from './api-harness';
import {
  agreementInput,
  customerInput,
  reviewInput,
  serviceInput,
  supplierInput,
  targetInput,
} from './register-inputs';

/** The day every status fact in the list tests is computed for. */
export const today = '2026-06-15';

/**
 * Records chosen so that each filter, sort and status fact of the lists has something to find and
 * something to leave out, judged against `today`:
 *
 * - the SLA ends in 47 days and its review was due yesterday; the contract ended 15 days ago;
 *   the draft MOU ends in 25 days but is only a draft
 * - Colo North's review was due two weeks ago; Group Security's is due today (not yet overdue)
 * - availability breached in the latest month (met the month before); response the other way
 *   round; satisfaction never measured; the storage figure has no threshold
 * - the SLA review has one action open past its due date, one open and not yet due, one done
 */
export async function buildListDataset(h: Harness) {
  const network = await h.call(
    'services.create',
    serviceInput('Core Network', {
      criticality: 'critical',
      description: 'Switching and routing in both data centres.',
    }),
  );
  const backup = await h.call(
    'services.create',
    serviceInput('Managed Backup', { description: 'Nightly copies to an off-site vault.' }),
  );
  const payroll = await h.call(
    'services.create',
    serviceInput('Payroll Hosting', {
      lifecycle: 'pipeline',
      criticality: 'medium',
      description: 'Planned hosting for payroll.',
      catalogue: { inCatalogue: false },
    }),
  );
  const legacy = await h.call(
    'services.create',
    serviceInput('Legacy Mail', {
      lifecycle: 'retired',
      criticality: 'low',
      description: 'Old mail platform.',
      catalogue: { inCatalogue: false },
    }),
  );
  const desk = await h.call(
    'services.create',
    serviceInput('Service Desk', { criticality: 'critical', description: 'Phone and portal support.' }),
  );

  const brothers = await h.call(
    'customers.create',
    customerInput('Backup Brothers Ltd', {
      complaints: [
        { receivedOn: '2026-05-01', description: 'Late report.', status: 'investigating' },
        { receivedOn: '2026-04-21', description: 'Missed call-back.', status: 'open' },
        { receivedOn: '2026-04-01', description: 'Wrong invoice.', status: 'closed' },
      ],
      satisfaction: [
        { measuredOn: '2026-05-20', score: 3.1 },
        { measuredOn: '2025-11-20', score: 4.8 },
      ],
    }),
  );
  const finance = await h.call(
    'customers.create',
    customerInput('Group Finance', { kind: 'internal', complaints: [], satisfaction: [] }),
  );
  const acme = await h.call('customers.create', customerInput('Acme Retail'));
  await h.call('services.update', {
    id: desk.id,
    values: serviceInput('Service Desk', {
      criticality: 'critical',
      description: 'Phone and portal support.',
      customerIds: [acme.id, brothers.id],
    }),
  });

  const colo = await h.call(
    'suppliers.create',
    supplierInput('Colo North', { riskRating: 'high', nextReviewDate: '2026-06-01' }),
  );
  const security = await h.call(
    'suppliers.create',
    supplierInput('Group Security', { kind: 'internal', riskRating: 'low', nextReviewDate: today }),
  );
  const techs = await h.call(
    'suppliers.create',
    supplierInput('Acme technicians', {
      kind: 'customer',
      customerId: acme.id,
      reviewCadenceMonths: null,
      lastReviewDate: null,
      nextReviewDate: null,
    }),
  );

  const sla = await h.call(
    'agreements.create',
    agreementInput('Acme Hosting SLA', {
      customerId: acme.id,
      serviceIds: [backup.id, desk.id],
      endDate: '2026-08-01',
      nextReviewDate: '2026-06-14',
    }),
  );
  const ola = await h.call(
    'agreements.create',
    agreementInput('Security OLA', {
      type: 'ola',
      supplierId: security.id,
      serviceIds: [network.id],
      endDate: null,
      nextReviewDate: '2026-07-01',
    }),
  );
  const contract = await h.call(
    'agreements.create',
    agreementInput('Colo North contract', {
      type: 'contract',
      supplierId: colo.id,
      endDate: '2026-05-31',
      status: 'expired',
      nextReviewDate: null,
    }),
  );
  const mou = await h.call(
    'agreements.create',
    agreementInput('Finance MOU', {
      type: 'other',
      customerId: finance.id,
      endDate: '2026-07-10',
      status: 'draft',
      nextReviewDate: null,
    }),
  );

  const availability = await h.call(
    'targets.create',
    targetInput('Backup availability', sla.id, { serviceId: backup.id }),
  );
  const response = await h.call(
    'targets.create',
    targetInput('P1 response', sla.id, {
      serviceId: desk.id,
      metric: 'response_time',
      comparison: '<=',
      threshold: 15,
      unit: 'minutes',
    }),
  );
  const satisfaction = await h.call(
    'targets.create',
    targetInput('Customer satisfaction', sla.id, {
      metric: 'satisfaction',
      threshold: 4,
      unit: 'score',
      period: 'quarterly',
    }),
  );
  const storage = await h.call(
    'targets.create',
    targetInput('Storage used', contract.id, {
      metric: 'custom',
      comparison: null,
      threshold: null,
      unit: 'TB',
    }),
  );
  const power = await h.call(
    'targets.create',
    targetInput('Network availability', ola.id, { serviceId: network.id, threshold: 99.99 }),
  );
  for (const [target, periodStart, value] of [
    [availability, '2026-04-01', 99.95],
    [availability, '2026-05-01', 99.5],
    [response, '2026-04-01', 20],
    [response, '2026-05-01', 10],
    [storage, '2026-05-01', 12],
    [power, '2026-05-01', 100],
  ] as const) {
    await h.call('measurements.record', { targetId: target.id, periodStart, value });
  }

  const slaReview = await h.call(
    'reviews.create',
    reviewInput('Quarterly review with Acme.', {
      agreementId: sla.id,
      reviewDate: '2026-03-01',
      actions: [
        { description: 'Fix the report', owner: 'Claire', dueDate: '2026-06-01', status: 'open' },
        { description: 'Plan the renewal', owner: 'Claire', dueDate: '2026-07-01', status: 'open' },
        { description: 'Send minutes', owner: 'Claire', dueDate: '2026-03-05', status: 'done' },
      ],
    }),
  );
  const coloReview = await h.call(
    'reviews.create',
    reviewInput('Annual review of Colo North.', {
      subject: 'supplier',
      supplierId: colo.id,
      reviewDate: '2026-05-10',
      actions: [
        { description: 'Renew certificate copy', owner: 'Ravi', dueDate: '2026-05-20', status: 'done' },
      ],
    }),
  );
  const contractReview = await h.call(
    'reviews.create',
    reviewInput('Exit review.', { agreementId: contract.id, reviewDate: '2026-01-15', actions: [] }),
  );

  return {
    services: { network, backup, payroll, legacy, desk },
    customers: { brothers, finance, acme },
    suppliers: { colo, security, techs },
    agreements: { sla, ola, contract, mou },
    targets: { availability, response, satisfaction, storage, power },
    reviews: { slaReview, coloReview, contractReview },
  };
}

export type ListDataset = Awaited<ReturnType<typeof buildListDataset>>;
