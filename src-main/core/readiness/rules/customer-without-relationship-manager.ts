import { defineRule } from '../readiness-rule';
import { named } from '../phrases';
import { record } from '../sql/record-json';

interface Row {
  id: string;
  code: string;
  name: string;
}

/** 8.3.2: each customer has a named person responsible for the relationship and its satisfaction. */
export const customerWithoutRelationshipManager = defineRule(
  {
    id: 'customer-without-relationship-manager',
    clause: '8.3.2',
    itemId: '8.3.2-02',
    severity: 'minor',
    title: 'Customer without a relationship manager',
    description: 'A customer with no relationship manager recorded.',
  },
  (db) => {
    const rows = db
      .prepare(`SELECT id, code, name FROM customer WHERE trim(relationship_manager) = '' ORDER BY code`)
      .all() as Row[];
    return rows.map((row) => ({
      message: `${named(row)} has no relationship manager.`,
      records: [record('customers', row)],
    }));
  },
);
