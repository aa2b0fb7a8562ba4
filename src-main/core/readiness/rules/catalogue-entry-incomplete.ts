import { defineRule } from '../readiness-rule';
import { listed, named } from '../phrases';
import { record } from '../sql/record-json';

interface Row {
  id: string;
  code: string;
  name: string;
  no_owner: 0 | 1;
  no_description: 0 | 1;
  no_levels: 0 | 1;
}

/**
 * 8.2.4: a catalogue entry is managed only when someone owns it, it says what the service is,
 * and it states the service levels offered.
 */
export const catalogueEntryIncomplete = defineRule(
  {
    id: 'catalogue-entry-incomplete',
    clause: '8.2.4',
    itemId: '8.2.4-03',
    severity: 'minor',
    title: 'Catalogue entry incomplete',
    description:
      'A live service in the catalogue without an owner, a description or the service levels offered.',
  },
  (db) => {
    const rows = db
      .prepare(
        `SELECT id, code, name, no_owner, no_description, no_levels FROM (
           SELECT s.id, s.code, s.name, trim(s.owner) = '' AS no_owner,
             trim(s.description) = '' AS no_description, trim(s.catalogue_targets_offered) = '' AS no_levels
           FROM service s WHERE s.lifecycle = 'live' AND s.in_catalogue = 1)
         WHERE no_owner OR no_description OR no_levels
         ORDER BY code`,
      )
      .all() as Row[];
    return rows.map((row) => {
      const missing = [
        ...(row.no_owner ? ['owner'] : []),
        ...(row.no_description ? ['description'] : []),
        ...(row.no_levels ? ['service levels offered'] : []),
      ];
      return {
        message: `${named(row)} is live in the catalogue but its entry has no ${listed(missing, 'or')}.`,
        records: [record('services', row)],
      };
    });
  },
);
