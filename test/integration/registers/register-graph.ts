import type { Harness } from './api-harness';
import {
  agreementInput,
  customerInput,
  reviewInput,
  serviceInput,
  supplierInput,
  targetInput,
} from './register-inputs';

/**
 * A small, fully connected set of records: every kind of link the registers know, each once, so a
 * test can ask about any relationship from either end.
 *
 *   platform ──depends on──► network          (services)
 *   platform serves acme; its "Racks" component is operated by colo; colo provides network
 *   sla (acme) covers platform, has availability + response targets; reviewed once
 *   ola (security, internal) and olaCustomer (acmeTechs, customer acting as supplier)
 *   contract (colo) covers network; colo reviewed once
 */
export async function buildGraph(h: Harness) {
  const acme = await h.call('customers.create', customerInput('Acme Retail'));
  const internal = await h.call('customers.create', customerInput('Group Finance', { kind: 'internal' }));
  const network = await h.call('services.create', serviceInput('Core Network'));
  const colo = await h.call(
    'suppliers.create',
    supplierInput('Colo North', { providesServiceIds: [network.id] }),
  );
  const security = await h.call(
    'suppliers.create',
    supplierInput('Group Security', {
      kind: 'internal',
      raci: [{ serviceId: network.id, activity: 'Log monitoring', role: 'R' }],
    }),
  );
  const acmeTechs = await h.call(
    'suppliers.create',
    supplierInput('Acme site technicians', { kind: 'customer', customerId: acme.id }),
  );
  const platform = await h.call(
    'services.create',
    serviceInput('Hosting Platform', {
      customerIds: [acme.id],
      dependsOnIds: [network.id],
      components: [
        { name: 'Racks', type: 'Facility', owner: 'Hosting', operatedBySupplierId: colo.id },
        { name: 'Hypervisors', type: 'Cluster', owner: 'Hosting', operatedBySupplierId: null },
      ],
    }),
  );
  const sla = await h.call(
    'agreements.create',
    agreementInput('Acme Hosting SLA', { customerId: acme.id, serviceIds: [platform.id] }),
  );
  const ola = await h.call(
    'agreements.create',
    agreementInput('Security OLA', { type: 'ola', supplierId: security.id, serviceIds: [network.id] }),
  );
  const olaCustomer = await h.call(
    'agreements.create',
    agreementInput('Acme technicians OLA', { type: 'ola', supplierId: acmeTechs.id }),
  );
  const contract = await h.call(
    'agreements.create',
    agreementInput('Colo North contract', {
      type: 'contract',
      supplierId: colo.id,
      serviceIds: [network.id],
    }),
  );
  const availability = await h.call(
    'targets.create',
    targetInput('Platform availability', sla.id, { serviceId: platform.id }),
  );
  const response = await h.call(
    'targets.create',
    targetInput('P1 response', sla.id, {
      serviceId: platform.id,
      metric: 'response_time',
      comparison: '<=',
      threshold: 15,
      unit: 'minutes',
    }),
  );
  const slaReview = await h.call(
    'reviews.create',
    reviewInput('Quarterly review held.', { agreementId: sla.id }),
  );
  const coloReview = await h.call(
    'reviews.create',
    reviewInput('Annual supplier review.', { subject: 'supplier', supplierId: colo.id }),
  );
  return {
    acme,
    internal,
    network,
    platform,
    colo,
    security,
    acmeTechs,
    sla,
    ola,
    olaCustomer,
    contract,
    availability,
    response,
    slaReview,
    coloReview,
  };
}

export type Graph = Awaited<ReturnType<typeof buildGraph>>;
