import { reviewSubjects } from '../../../api/schemas/registers/review';
import type { ReviewRow } from '../../../api/schemas/registers/lists';
import { flag, oneOf, type ListSpec } from './list-query';

const overdueActions = `(SELECT count(*) FROM review_action WHERE review_id = r.id AND status = 'open' AND due_date IS NOT NULL AND due_date < @today)`;

export const reviewList: ListSpec = {
  register: 'reviews',
  from: 'review AS r LEFT JOIN agreement a ON a.id = r.agreement_id LEFT JOIN supplier s ON s.id = r.supplier_id',
  select: `r.id, r.code, r.subject, coalesce(a.id, s.id) AS subject_id, coalesce(a.code, s.code) AS subject_code,
    coalesce(a.title, s.name) AS subject_name, r.review_date, r.outcome,
    (SELECT count(*) FROM review_action WHERE review_id = r.id AND status = 'open') AS open_actions,
    ${overdueActions} AS overdue_actions`,
  sortable: {
    code: 'r.code',
    reviewDate: 'r.review_date',
    subject: 'subject_name COLLATE NOCASE',
  },
  indexedSorts: ['code'],
  defaultSort: 'reviewDate',
  filters: {
    subject: oneOf('r.subject', reviewSubjects, 'review subject'),
    agreementId: (value) => ({ sql: 'r.agreement_id = ?', params: [value] }),
    supplierId: (value) => ({ sql: 'r.supplier_id = ?', params: [value] }),
    overdueActions: flag(`${overdueActions} > 0`),
  },
  toRow: (raw): ReviewRow => ({
    id: raw.id as string,
    code: raw.code as string,
    subject: raw.subject as string,
    subjectId: raw.subject_id as string,
    subjectCode: raw.subject_code as string,
    subjectName: raw.subject_name as string,
    reviewDate: raw.review_date as string,
    outcome: raw.outcome as string,
    openActions: raw.open_actions as number,
    overdueActions: raw.overdue_actions as number,
  }),
};
