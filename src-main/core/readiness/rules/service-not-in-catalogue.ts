import { defineRule } from '../readiness-rule';
import { named } from '../phrases';
import { record } from '../sql/record-json';

interface Row {
  id: string;
  code: string;
  name: string;
}

/** 8.2.4: the catalogue describes every service in operation, supporting services included. */
export const serviceNotInCatalogue = defineRule(
  {
    id: 'service-not-in-catalogue',
    clause: '8.2.4',
    itemId: '8.2.4-01',
    severity: 'minor',
    title: 'Live service missing from the catalogue',
    description: 'A live service that has no entry in the service catalogue.',
  },
  (db) => {
    const rows = db
      .prepare(
        `SELECT id, code, name FROM service WHERE lifecycle = 'live' AND in_catalogue = 0 ORDER BY code`,
      )
      .all() as Row[];
    return rows.map((row) => ({
      message: `${named(row)} is live but has no entry in the service catalogue.`,
      records: [record('services', row)],
    }));
  },
);
