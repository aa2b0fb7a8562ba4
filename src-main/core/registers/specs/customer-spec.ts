import type { CustomerValues } from '../../../api/schemas/registers/customer';
import { changedRecords, referrersFound } from '../references';
import { real, text, type RegisterSpec } from '../register-spec';

/** Customers (8.3.2) with contacts, satisfaction measurements and complaints. */
export const customerSpec: RegisterSpec<CustomerValues> = {
  register: 'customers',
  table: 'customer',
  label: 'customer',
  codePrefix: 'CUS',
  columns: {
    name: text('name'),
    kind: text('kind'),
    relationshipManager: text('relationship_manager'),
    description: text('description'),
  },
  children: [
    {
      kind: 'rows',
      field: 'contacts',
      table: 'customer_contact',
      parentColumn: 'customer_id',
      columns: { name: text('name'), role: text('role'), email: text('email'), phone: text('phone') },
    },
    {
      kind: 'rows',
      field: 'satisfaction',
      table: 'customer_satisfaction',
      parentColumn: 'customer_id',
      columns: { measuredOn: text('measured_on'), score: real('score'), comment: text('comment') },
    },
    {
      kind: 'rows',
      field: 'complaints',
      table: 'customer_complaint',
      parentColumn: 'customer_id',
      columns: {
        receivedOn: text('received_on'),
        description: text('description'),
        status: text('status'),
        resolution: text('resolution'),
      },
    },
  ],
  searchText: (values) => ({
    name: values.name,
    description: `${values.description} ${values.relationshipManager}`,
  }),
  references: () => [],
  referrers: (db, id) => [
    // An agreement or a supplier record stands on its customer: change those first.
    ...referrersFound(
      db,
      'agreements',
      false,
      'SELECT id, code, title AS name FROM agreement WHERE customer_id = ? ORDER BY code',
      id,
    ),
    ...referrersFound(
      db,
      'suppliers',
      false,
      'SELECT id, code, name FROM supplier WHERE customer_id = ? ORDER BY code',
      id,
    ),
    ...referrersFound(
      db,
      'services',
      true,
      `SELECT s.id, s.code, s.name FROM service_customer c JOIN service s ON s.id = c.service_id
       WHERE c.customer_id = ? ORDER BY s.code`,
      id,
    ),
  ],
  detach: (db, id) => {
    const changed = changedRecords(
      db,
      'services',
      'SELECT service_id FROM service_customer WHERE customer_id = ?',
      id,
    );
    db.prepare('DELETE FROM service_customer WHERE customer_id = ?').run(id);
    return changed;
  },
};
