import { defineRule } from '../readiness-rule';
import { whyNotInForce, type AgreementTerms } from '../agreement-state';
import { listed, named, plural } from '../phrases';
import { inForce } from '../sql/agreement-in-force';
import { record, recordList } from '../sql/record-json';
import { supportedLiveServices, supportsLiveService } from '../sql/supported-live-services';

interface Row {
  id: string;
  code: string;
  name: string;
  services: string;
  contract_id: string | null;
  contract_code: string | null;
  contract_title: string | null;
  contract_status: AgreementTerms['status'] | null;
  contract_start: string | null;
  contract_end: string | null;
}

/**
 * 8.3.4.1: every external supplier of an in-scope service, or of a part of one, works under a
 * contract in force (agreed, started, not ended). Other agreement types do not count: a
 * memorandum is not a contract. When the supplier has an older or draft contract, the message
 * says what became of the latest one.
 */
export const supplierWithoutContract = defineRule(
  {
    id: 'supplier-without-contract',
    clause: '8.3.4.1',
    itemId: '8.3.4.1-02',
    severity: 'major',
    title: 'External supplier without a contract in force',
    description:
      'An external supplier that provides a live service, or operates a part of one, with no contract in force.',
  },
  (db, today) => {
    const rows = db
      .prepare(
        `SELECT p.id, p.code, p.name, ${supportedLiveServices('p')} AS services,
           l.id AS contract_id, l.code AS contract_code, l.title AS contract_title, l.status AS contract_status,
           l.start_date AS contract_start, l.end_date AS contract_end
         FROM supplier p
         LEFT JOIN agreement l ON l.id = (
           SELECT a.id FROM agreement a WHERE a.supplier_id = p.id AND a.type = 'contract'
           ORDER BY coalesce(a.end_date, '9999-12-31') DESC, a.code DESC LIMIT 1)
         WHERE p.kind = 'external' AND ${supportsLiveService('p')}
           AND NOT EXISTS (
             SELECT 1 FROM agreement a WHERE a.supplier_id = p.id AND a.type = 'contract' AND ${inForce('a')})
         ORDER BY p.code`,
      )
      .all({ today }) as Row[];
    return rows.map((row) => {
      const services = recordList(row.services);
      const records = [record('suppliers', row), ...services];
      let history = 'no contract with it is recorded';
      if (
        row.contract_id !== null &&
        row.contract_code !== null &&
        row.contract_title !== null &&
        row.contract_status !== null
      ) {
        const state = whyNotInForce(
          { status: row.contract_status, start_date: row.contract_start, end_date: row.contract_end },
          today,
        );
        history = `its latest contract, ${row.contract_code}, ${state ?? 'is not in force'}`;
        records.push(
          record('agreements', { id: row.contract_id, code: row.contract_code, name: row.contract_title }),
        );
      }
      const supported = `live ${plural(services.length, 'service')} ${listed(services.map(named))}`;
      return {
        message: `${named(row)} supports ${supported} but has no contract in force: ${history}.`,
        records,
      };
    });
  },
);
