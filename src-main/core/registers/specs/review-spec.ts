import type { ReviewValues } from '../../../api/schemas/registers/review';
import { nullableText, text, type RegisterSpec } from '../register-spec';

/** Agreement reviews and supplier performance reviews, with their actions. */
export const reviewSpec: RegisterSpec<ReviewValues> = {
  register: 'reviews',
  table: 'review',
  label: 'review',
  codePrefix: 'REV',
  columns: {
    subject: text('subject'),
    agreementId: nullableText('agreement_id'),
    supplierId: nullableText('supplier_id'),
    reviewDate: text('review_date'),
    participants: text('participants'),
    outcome: text('outcome'),
  },
  children: [
    {
      kind: 'rows',
      field: 'actions',
      table: 'review_action',
      parentColumn: 'review_id',
      columns: {
        description: text('description'),
        owner: text('owner'),
        dueDate: nullableText('due_date'),
        status: text('status'),
      },
    },
  ],
  searchText: (values) => ({
    name: `${values.subject} review ${values.reviewDate}`,
    description: `${values.outcome} ${values.participants}`,
  }),
  references: (values) => [
    { table: 'agreement', label: 'agreement', ids: [values.agreementId], path: () => ['agreementId'] },
    { table: 'supplier', label: 'supplier', ids: [values.supplierId], path: () => ['supplierId'] },
  ],
  referrers: () => [],
};
