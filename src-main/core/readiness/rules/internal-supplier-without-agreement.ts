import { defineRule } from '../readiness-rule';
import { listed, named, plural } from '../phrases';
import { inForce } from '../sql/agreement-in-force';
import { record, recordList } from '../sql/record-json';
import { supportedLiveServices, supportsLiveService } from '../sql/supported-live-services';

interface Row {
  id: string;
  code: string;
  name: string;
  kind: 'internal' | 'customer';
  services: string;
}

/**
 * 8.3.4.2: an internal supplier, or a customer acting as a supplier, that supports a live service
 * has a documented agreement with the organisation (an OLA, usually) that is in force. Any
 * agreement type counts: what matters is that the commitments are agreed and written down.
 */
export const internalSupplierWithoutAgreement = defineRule(
  {
    id: 'internal-supplier-without-agreement',
    clause: '8.3.4.2',
    itemId: '8.3.4.2-01',
    severity: 'major',
    title: 'Internal supplier without an agreed OLA',
    description:
      'An internal supplier or a customer acting as a supplier that supports a live service, with no OLA or other agreement in force.',
  },
  (db, today) => {
    const rows = db
      .prepare(
        `SELECT p.id, p.code, p.name, p.kind, ${supportedLiveServices('p')} AS services
         FROM supplier p
         WHERE p.kind IN ('internal', 'customer') AND ${supportsLiveService('p')}
           AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.supplier_id = p.id AND ${inForce('a')})
         ORDER BY p.code`,
      )
      .all({ today }) as Row[];
    return rows.map((row) => {
      const services = recordList(row.services);
      const role = row.kind === 'internal' ? 'an internal supplier' : 'a customer acting as a supplier';
      const supported = `live ${plural(services.length, 'service')} ${listed(services.map(named))}`;
      return {
        message: `${named(row)} is ${role} to ${supported} but has no agreed OLA or other agreement in force.`,
        records: [record('suppliers', row), ...services],
      };
    });
  },
);
