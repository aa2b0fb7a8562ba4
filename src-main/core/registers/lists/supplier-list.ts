import { riskRatings, supplierKinds } from '../../../api/schemas/registers/supplier';
import type { SupplierRow } from '../../../api/schemas/registers/lists';
import { flag, oneOf, type ListSpec } from './list-query';

const overdue = 'r.next_review_date IS NOT NULL AND r.next_review_date < @today';

export const supplierList: ListSpec = {
  register: 'suppliers',
  from: 'supplier AS r',
  select: `r.id, r.code, r.name, r.kind, r.risk_rating, r.next_review_date, (${overdue}) AS review_overdue,
    (SELECT count(*) FROM agreement WHERE supplier_id = r.id) AS agreement_count`,
  sortable: {
    code: 'r.code',
    name: 'r.name COLLATE NOCASE',
    kind: 'r.kind',
    riskRating: "CASE r.risk_rating WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END",
    nextReviewDate: 'r.next_review_date',
  },
  indexedSorts: ['code', 'name'],
  defaultSort: 'code',
  filters: {
    kind: oneOf('r.kind', supplierKinds, 'supplier kind'),
    riskRating: oneOf('r.risk_rating', riskRatings, 'risk rating'),
    reviewOverdue: flag(overdue),
  },
  toRow: (raw): SupplierRow => ({
    id: raw.id as string,
    code: raw.code as string,
    name: raw.name as string,
    kind: raw.kind as string,
    riskRating: raw.risk_rating as string,
    nextReviewDate: (raw.next_review_date as string | null) ?? null,
    reviewOverdue: raw.review_overdue === 1,
    agreementCount: raw.agreement_count as number,
  }),
};
