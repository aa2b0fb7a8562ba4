import { customerKinds } from '../../../api/schemas/registers/customer';
import type { CustomerRow } from '../../../api/schemas/registers/lists';
import { flag, oneOf, type ListSpec } from './list-query';

export const customerList: ListSpec = {
  register: 'customers',
  from: 'customer AS r',
  select: `r.id, r.code, r.name, r.kind, r.relationship_manager,
    (SELECT count(*) FROM service_customer WHERE customer_id = r.id) AS service_count,
    (SELECT count(*) FROM agreement WHERE customer_id = r.id) AS agreement_count,
    (SELECT count(*) FROM customer_complaint WHERE customer_id = r.id AND status IN ('open', 'investigating')) AS open_complaints,
    (SELECT score FROM customer_satisfaction WHERE customer_id = r.id ORDER BY measured_on DESC LIMIT 1) AS latest_satisfaction`,
  sortable: {
    code: 'r.code',
    name: 'r.name COLLATE NOCASE',
    kind: 'r.kind',
    relationshipManager: 'r.relationship_manager COLLATE NOCASE',
    openComplaints: 'open_complaints',
  },
  indexedSorts: ['code', 'name'],
  defaultSort: 'code',
  filters: {
    kind: oneOf('r.kind', customerKinds, 'customer kind'),
    withoutSla: flag("NOT EXISTS (SELECT 1 FROM agreement WHERE customer_id = r.id AND type = 'sla')"),
  },
  toRow: (raw): CustomerRow => ({
    id: raw.id as string,
    code: raw.code as string,
    name: raw.name as string,
    kind: raw.kind as string,
    relationshipManager: raw.relationship_manager as string,
    serviceCount: raw.service_count as number,
    agreementCount: raw.agreement_count as number,
    openComplaints: raw.open_complaints as number,
    latestSatisfaction: (raw.latest_satisfaction as number | null) ?? null,
  }),
};
