import { agreementStatuses, agreementTypes } from '../../../api/schemas/registers/agreement';
import type { AgreementRow } from '../../../api/schemas/registers/lists';
import { latestBreached } from './latest-measurement';
import { flag, oneOf, type ListSpec } from './list-query';

const overdue = 'r.next_review_date IS NOT NULL AND r.next_review_date < @today';
const daysToEnd = 'CAST(julianday(r.end_date) - julianday(@today) AS INTEGER)';

export const agreementList: ListSpec = {
  register: 'agreements',
  from: 'agreement AS r LEFT JOIN customer c ON c.id = r.customer_id LEFT JOIN supplier s ON s.id = r.supplier_id',
  select: `r.id, r.code, r.title, r.type, r.status, coalesce(c.name, s.name) AS counterparty, r.end_date,
    CASE WHEN r.end_date IS NULL THEN NULL ELSE ${daysToEnd} END AS days_to_end,
    r.next_review_date, (${overdue}) AS review_overdue,
    (SELECT count(*) FROM target WHERE agreement_id = r.id) AS target_count,
    (SELECT count(*) FROM target t WHERE t.agreement_id = r.id AND ${latestBreached('t')}) AS breached_targets`,
  sortable: {
    code: 'r.code',
    title: 'r.title COLLATE NOCASE',
    type: 'r.type',
    status: 'r.status',
    counterparty: 'counterparty COLLATE NOCASE',
    endDate: 'r.end_date',
    nextReviewDate: 'r.next_review_date',
  },
  indexedSorts: ['code', 'title', 'endDate'],
  defaultSort: 'code',
  filters: {
    type: oneOf('r.type', agreementTypes, 'agreement type'),
    status: oneOf('r.status', agreementStatuses, 'agreement status'),
    reviewOverdue: flag(overdue),
    endingSoon: flag(`r.status = 'agreed' AND r.end_date IS NOT NULL AND ${daysToEnd} BETWEEN 0 AND 60`),
    ended: flag(`r.end_date IS NOT NULL AND r.end_date < @today`),
  },
  toRow: (raw): AgreementRow => ({
    id: raw.id as string,
    code: raw.code as string,
    title: raw.title as string,
    type: raw.type as string,
    status: raw.status as string,
    counterparty: (raw.counterparty as string | null) ?? null,
    endDate: (raw.end_date as string | null) ?? null,
    daysToEnd: (raw.days_to_end as number | null) ?? null,
    nextReviewDate: (raw.next_review_date as string | null) ?? null,
    reviewOverdue: raw.review_overdue === 1,
    targetCount: raw.target_count as number,
    breachedTargets: raw.breached_targets as number,
  }),
};
