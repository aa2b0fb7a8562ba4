import { defineRule } from '../readiness-rule';
import { named } from '../phrases';
import { record } from '../sql/record-json';

interface Row {
  id: string;
  code: string;
  name: string;
}

/**
 * 8.2.6: configuration records hold a service's relationships to what it is built from; a live
 * service with no recorded components cannot show its configuration items or who operates them.
 */
export const serviceWithoutComponents = defineRule(
  {
    id: 'service-without-components',
    clause: '8.2.6',
    itemId: '8.2.6-02',
    severity: 'minor',
    title: 'Live service without recorded components',
    description: 'A live service with no supporting components (configuration items) recorded.',
  },
  (db) => {
    const rows = db
      .prepare(
        `SELECT s.id, s.code, s.name FROM service s
         WHERE s.lifecycle = 'live' AND NOT EXISTS (SELECT 1 FROM service_component WHERE service_id = s.id)
         ORDER BY s.code`,
      )
      .all() as Row[];
    return rows.map((row) => ({
      message: `${named(row)} is live but no supporting components or configuration items are recorded for it.`,
      records: [record('services', row)],
    }));
  },
);
