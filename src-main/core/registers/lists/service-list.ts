import { criticalities, serviceLifecycles } from '../../../api/schemas/registers/service';
import type { ServiceRow } from '../../../api/schemas/registers/lists';
import { latestBreached } from './latest-measurement';
import { flag, oneOf, type ListSpec } from './list-query';

export const serviceList: ListSpec = {
  register: 'services',
  from: 'service AS r',
  select: `r.id, r.code, r.name, r.owner, r.lifecycle, r.criticality, r.in_catalogue,
    (SELECT count(*) FROM service_customer WHERE service_id = r.id) AS customer_count,
    (SELECT count(*) FROM agreement_service WHERE service_id = r.id) AS agreement_count,
    (SELECT count(*) FROM target t WHERE t.service_id = r.id AND ${latestBreached('t')}) AS breached_targets`,
  sortable: {
    code: 'r.code',
    name: 'r.name COLLATE NOCASE',
    owner: 'r.owner COLLATE NOCASE',
    lifecycle: 'r.lifecycle',
    criticality:
      "CASE r.criticality WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END",
    agreements: 'agreement_count',
  },
  indexedSorts: ['code', 'name'],
  defaultSort: 'code',
  filters: {
    lifecycle: oneOf('r.lifecycle', serviceLifecycles, 'lifecycle state'),
    criticality: oneOf('r.criticality', criticalities, 'criticality'),
    inCatalogue: flag('r.in_catalogue = 1'),
    withoutAgreement: flag('NOT EXISTS (SELECT 1 FROM agreement_service WHERE service_id = r.id)'),
  },
  toRow: (raw): ServiceRow => ({
    id: raw.id as string,
    code: raw.code as string,
    name: raw.name as string,
    owner: raw.owner as string,
    lifecycle: raw.lifecycle as string,
    criticality: raw.criticality as string,
    inCatalogue: raw.in_catalogue === 1,
    customerCount: raw.customer_count as number,
    agreementCount: raw.agreement_count as number,
    breachedTargets: raw.breached_targets as number,
  }),
};
