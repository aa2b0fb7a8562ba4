import { ClausebookError } from '../../../api/errors';
import type { ServiceValues } from '../../../api/schemas/registers/service';
import { changedRecords, referrersFound } from '../references';
import { boolean, nullableText, text, type RegisterSpec } from '../register-spec';

/** Services (8.2) with their catalogue entry (8.2.4), customers, dependencies and components. */
export const serviceSpec: RegisterSpec<ServiceValues> = {
  register: 'services',
  table: 'service',
  label: 'service',
  codePrefix: 'SVC',
  columns: {
    name: text('name'),
    description: text('description'),
    owner: text('owner'),
    lifecycle: text('lifecycle'),
    criticality: text('criticality'),
  },
  groups: [
    {
      field: 'catalogue',
      columns: {
        inCatalogue: boolean('in_catalogue'),
        offerings: text('catalogue_offerings'),
        requestTypes: text('catalogue_request_types'),
        availabilityHours: text('catalogue_availability_hours'),
        targetsOffered: text('catalogue_targets_offered'),
        visibility: text('catalogue_visibility'),
      },
    },
  ],
  children: [
    {
      kind: 'ids',
      field: 'customerIds',
      table: 'service_customer',
      parentColumn: 'service_id',
      column: 'customer_id',
    },
    {
      kind: 'ids',
      field: 'dependsOnIds',
      table: 'service_dependency',
      parentColumn: 'service_id',
      column: 'depends_on_id',
    },
    {
      kind: 'rows',
      field: 'components',
      table: 'service_component',
      parentColumn: 'service_id',
      columns: {
        name: text('name'),
        type: text('type'),
        owner: text('owner'),
        operatedBySupplierId: nullableText('operated_by_supplier_id'),
      },
    },
  ],
  searchText: (values) => ({ name: values.name, description: `${values.description} ${values.owner}` }),
  references: (values) => [
    { table: 'customer', label: 'customer', ids: values.customerIds, path: (i) => ['customerIds', i] },
    { table: 'service', label: 'service', ids: values.dependsOnIds, path: (i) => ['dependsOnIds', i] },
    {
      table: 'supplier',
      label: 'supplier',
      ids: values.components.map((component) => component.operatedBySupplierId),
      path: (i) => ['components', i, 'operatedBySupplierId'],
    },
  ],
  validate: (_db, values, id) => {
    const self = id === null ? -1 : values.dependsOnIds.indexOf(id);
    if (self >= 0) {
      const message = 'A service cannot depend on itself.';
      throw new ClausebookError('VALIDATION', message, {
        issues: [{ path: ['dependsOnIds', String(self)], message }],
      });
    }
  },
  // Everything that points at a service is an optional link: it can be detached.
  referrers: (db, id) => [
    ...referrersFound(
      db,
      'agreements',
      true,
      `SELECT a.id, a.code, a.title AS name FROM agreement_service s JOIN agreement a ON a.id = s.agreement_id
       WHERE s.service_id = ? ORDER BY a.code`,
      id,
    ),
    ...referrersFound(
      db,
      'targets',
      true,
      'SELECT id, code, name FROM target WHERE service_id = ? ORDER BY code',
      id,
    ),
    ...referrersFound(
      db,
      'services',
      true,
      `SELECT s.id, s.code, s.name FROM service_dependency d JOIN service s ON s.id = d.service_id
       WHERE d.depends_on_id = ? ORDER BY s.code`,
      id,
    ),
    ...referrersFound(
      db,
      'suppliers',
      true,
      `SELECT id, code, name FROM supplier WHERE id IN (
         SELECT supplier_id FROM supplier_service WHERE service_id = ?
         UNION SELECT supplier_id FROM supplier_raci WHERE service_id = ?) ORDER BY code`,
      id,
      id,
    ),
  ],
  detach: (db, id) => {
    const changed = [
      ...changedRecords(
        db,
        'agreements',
        'SELECT agreement_id FROM agreement_service WHERE service_id = ?',
        id,
      ),
      ...changedRecords(db, 'targets', 'SELECT id FROM target WHERE service_id = ?', id),
      ...changedRecords(
        db,
        'services',
        'SELECT service_id FROM service_dependency WHERE depends_on_id = ?',
        id,
      ),
      ...changedRecords(
        db,
        'suppliers',
        'SELECT supplier_id FROM supplier_service WHERE service_id = ? UNION SELECT supplier_id FROM supplier_raci WHERE service_id = ?',
        id,
        id,
      ),
    ];
    db.prepare('DELETE FROM agreement_service WHERE service_id = ?').run(id);
    db.prepare('UPDATE target SET service_id = NULL WHERE service_id = ?').run(id);
    db.prepare('DELETE FROM service_dependency WHERE depends_on_id = ?').run(id);
    db.prepare('DELETE FROM supplier_service WHERE service_id = ?').run(id);
    db.prepare('DELETE FROM supplier_raci WHERE service_id = ?').run(id);
    return changed;
  },
};
