import type { AgreementValues } from '../../../api/schemas/registers/agreement';
import { ClausebookError } from '../../../api/errors';
import { referrersFound } from '../references';
import { integer, json, nullableText, text, type RegisterSpec } from '../register-spec';

/** Which kinds of supplier each agreement type is made with (8.3.3, 8.3.4.1, 8.3.4.2). */
export const supplierKindsFor: Partial<Record<AgreementValues['type'], readonly string[]>> = {
  ola: ['internal', 'customer'],
  contract: ['external'],
};

/** Agreements (8.3.1, 8.3.3, 8.3.4): SLAs, OLAs, contracts and other agreements. */
export const agreementSpec: RegisterSpec<AgreementValues> = {
  register: 'agreements',
  table: 'agreement',
  label: 'agreement',
  codePrefix: 'AGR',
  columns: {
    title: text('title'),
    type: text('type'),
    customerId: nullableText('customer_id'),
    supplierId: nullableText('supplier_id'),
    description: text('description'),
    startDate: nullableText('start_date'),
    endDate: nullableText('end_date'),
    noticePeriodDays: integer('notice_period_days'),
    reviewCadenceMonths: integer('review_cadence_months'),
    lastReviewDate: nullableText('last_review_date'),
    nextReviewDate: nullableText('next_review_date'),
    owner: text('owner'),
    status: text('status'),
    documentLinks: json('document_links'),
  },
  children: [
    {
      kind: 'ids',
      field: 'serviceIds',
      table: 'agreement_service',
      parentColumn: 'agreement_id',
      column: 'service_id',
    },
  ],
  searchText: (values) => ({ name: values.title, description: `${values.description} ${values.owner}` }),
  references: (values) => [
    { table: 'customer', label: 'customer', ids: [values.customerId], path: () => ['customerId'] },
    { table: 'supplier', label: 'supplier', ids: [values.supplierId], path: () => ['supplierId'] },
    { table: 'service', label: 'service', ids: values.serviceIds, path: (i) => ['serviceIds', i] },
  ],
  validate: (db, values) => {
    const allowed = supplierKindsFor[values.type];
    if (!allowed || values.supplierId === null) return;
    const kind = db
      .prepare('SELECT kind FROM supplier WHERE id = ?')
      .pluck()
      .get(values.supplierId) as string;
    if (!allowed.includes(kind)) {
      const message =
        values.type === 'contract'
          ? 'A contract is made with an external supplier; for an internal supplier or a customer acting as a supplier, record an OLA.'
          : 'An OLA is made with an internal supplier or a customer acting as a supplier; for an external supplier, record a contract.';
      throw new ClausebookError('VALIDATION', message, { issues: [{ path: ['supplierId'], message }] });
    }
  },
  referrers: (db, id) => [
    ...referrersFound(
      db,
      'targets',
      false,
      'SELECT id, code, name FROM target WHERE agreement_id = ? ORDER BY code',
      id,
    ),
    ...referrersFound(
      db,
      'reviews',
      false,
      `SELECT id, code, 'Agreement review of ' || review_date AS name FROM review WHERE agreement_id = ? ORDER BY code`,
      id,
    ),
  ],
};
