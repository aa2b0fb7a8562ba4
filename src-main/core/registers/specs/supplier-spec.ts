import { ClausebookError } from '../../../api/errors';
import type { AgreementValues } from '../../../api/schemas/registers/agreement';
import { supplierKindsFor } from './agreement-spec';
import type { SupplierValues } from '../../../api/schemas/registers/supplier';
import { changedRecords, referrersFound } from '../references';
import { integer, nullableText, real, text, type RegisterSpec } from '../register-spec';

/** Suppliers (8.3.4): external, internal, and customers acting as a supplier (8.3.4.2). */
export const supplierSpec: RegisterSpec<SupplierValues> = {
  register: 'suppliers',
  table: 'supplier',
  label: 'supplier',
  codePrefix: 'SUP',
  columns: {
    name: text('name'),
    kind: text('kind'),
    customerId: nullableText('customer_id'),
    description: text('description'),
    providesProcesses: text('provides_processes'),
    riskRating: text('risk_rating'),
    reviewCadenceMonths: integer('review_cadence_months'),
    lastReviewDate: nullableText('last_review_date'),
    nextReviewDate: nullableText('next_review_date'),
  },
  children: [
    {
      kind: 'ids',
      field: 'providesServiceIds',
      table: 'supplier_service',
      parentColumn: 'supplier_id',
      column: 'service_id',
    },
    {
      kind: 'rows',
      field: 'contacts',
      table: 'supplier_contact',
      parentColumn: 'supplier_id',
      columns: { name: text('name'), role: text('role'), email: text('email'), phone: text('phone') },
    },
    {
      kind: 'rows',
      field: 'evaluations',
      table: 'supplier_evaluation',
      parentColumn: 'supplier_id',
      columns: {
        evaluatedOn: text('evaluated_on'),
        criterion: text('criterion'),
        score: real('score'),
        weight: real('weight'),
        notes: text('notes'),
      },
    },
    {
      kind: 'rows',
      field: 'raci',
      table: 'supplier_raci',
      parentColumn: 'supplier_id',
      columns: { serviceId: text('service_id'), activity: text('activity'), role: text('role') },
    },
  ],
  searchText: (values) => ({
    name: values.name,
    description: `${values.description} ${values.providesProcesses}`,
  }),
  references: (values) => [
    { table: 'customer', label: 'customer', ids: [values.customerId], path: () => ['customerId'] },
    {
      table: 'service',
      label: 'service',
      ids: values.providesServiceIds,
      path: (i) => ['providesServiceIds', i],
    },
    {
      table: 'service',
      label: 'service',
      ids: values.raci.map((row) => row.serviceId),
      path: (i) => ['raci', i, 'serviceId'],
    },
  ],
  validate: (db, values, id) => {
    if (id === null) return;
    // Its OLAs and contracts were made with the supplier as the kind it is; a change of kind must not strand them.
    const agreements = db
      .prepare(
        "SELECT code, type FROM agreement WHERE supplier_id = ? AND type IN ('ola', 'contract') ORDER BY code",
      )
      .all(id) as { code: string; type: AgreementValues['type'] }[];
    const stranded = agreements.filter(
      (agreement) => !supplierKindsFor[agreement.type]?.includes(values.kind),
    );
    if (stranded.length > 0) {
      const message = `${stranded.map((agreement) => `${agreement.code} (${agreement.type === 'ola' ? 'OLA' : 'contract'})`).join(', ')} cannot be made with this kind of supplier; change ${stranded.length === 1 ? 'that agreement' : 'those agreements'} first.`;
      throw new ClausebookError('VALIDATION', message, { issues: [{ path: ['kind'], message }] });
    }
  },
  referrers: (db, id) => [
    ...referrersFound(
      db,
      'agreements',
      false,
      'SELECT id, code, title AS name FROM agreement WHERE supplier_id = ? ORDER BY code',
      id,
    ),
    ...referrersFound(
      db,
      'reviews',
      false,
      `SELECT id, code, 'Supplier review of ' || review_date AS name FROM review WHERE supplier_id = ? ORDER BY code`,
      id,
    ),
    ...referrersFound(
      db,
      'services',
      true,
      `SELECT id, code, name FROM service WHERE id IN (SELECT service_id FROM service_component WHERE operated_by_supplier_id = ?) ORDER BY code`,
      id,
    ),
  ],
  detach: (db, id) => {
    const changed = changedRecords(
      db,
      'services',
      'SELECT DISTINCT service_id FROM service_component WHERE operated_by_supplier_id = ?',
      id,
    );
    db.prepare(
      'UPDATE service_component SET operated_by_supplier_id = NULL WHERE operated_by_supplier_id = ?',
    ).run(id);
    return changed;
  },
};
