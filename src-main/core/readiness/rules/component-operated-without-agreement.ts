import type { SupplierValues } from '../../../api/schemas/registers/supplier';
import { defineRule } from '../readiness-rule';
import { named } from '../phrases';
import { inForce } from '../sql/agreement-in-force';
import { record } from '../sql/record-json';

interface Row {
  service_id: string;
  service_code: string;
  service_name: string;
  part: string;
  supplier_id: string;
  supplier_code: string;
  supplier_name: string;
  supplier_kind: SupplierValues['kind'];
}

const partyKinds: Record<SupplierValues['kind'], string> = {
  external: 'external supplier',
  internal: 'internal supplier',
  customer: 'customer acting as a supplier',
};

/**
 * 8.2.3: the organisation stays accountable for a part of a service that another party operates,
 * and shows control of that party through an agreement with it. Any agreement in force with the
 * party counts here; whether it is the right kind (a contract, an OLA) is for the 8.3.4 rules.
 */
export const componentOperatedWithoutAgreement = defineRule(
  {
    id: 'component-operated-without-agreement',
    clause: '8.2.3',
    itemId: '8.2.3-03',
    severity: 'minor',
    title: 'Part of a service operated by another party without an agreement',
    description:
      'A component of a live service operated by a supplier, internal supplier or customer with which no agreement is in force.',
  },
  (db, today) => {
    const rows = db
      .prepare(
        `SELECT s.id AS service_id, s.code AS service_code, s.name AS service_name, c.name AS part,
           p.id AS supplier_id, p.code AS supplier_code, p.name AS supplier_name, p.kind AS supplier_kind
         FROM service_component c
         JOIN service s ON s.id = c.service_id
         JOIN supplier p ON p.id = c.operated_by_supplier_id
         WHERE s.lifecycle = 'live'
           AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.supplier_id = p.id AND ${inForce('a')})
         ORDER BY s.code, c.position`,
      )
      .all({ today }) as Row[];
    return rows.map((row) => {
      const service = { id: row.service_id, code: row.service_code, name: row.service_name };
      const supplier = { id: row.supplier_id, code: row.supplier_code, name: row.supplier_name };
      return {
        message:
          `Part "${row.part}" of ${named(service)} is operated by ${named(supplier)} ` +
          `(${partyKinds[row.supplier_kind]}), with which no agreement is in force.`,
        records: [record('services', service), record('suppliers', supplier)],
      };
    });
  },
);
