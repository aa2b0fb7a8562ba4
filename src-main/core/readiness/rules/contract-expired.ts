import { defineRule } from '../readiness-rule';
import { whyNotInForce, type AgreementTerms } from '../agreement-state';
import { listed, named, plural } from '../phrases';
import { inForce } from '../sql/agreement-in-force';
import { record, recordList } from '../sql/record-json';
import { supportedLiveServices, supportsLiveService } from '../sql/supported-live-services';

interface Row extends AgreementTerms {
  id: string;
  code: string;
  title: string;
  supplier_id: string;
  supplier_code: string;
  supplier_name: string;
  services: string;
}

/**
 * 8.3.4.1: a contract's end is planned for. Two lapses are raised: a contract whose end date has
 * passed while the register still calls it agreed (the supplier works on, with no one deciding to
 * renew), and a supplier's latest contract that has expired or been terminated while the supplier
 * still supports a live service and no other contract with it is in force. The missing contract
 * itself is `supplier-without-contract`; this rule points at the agreement to renew.
 */
export const contractExpired = defineRule(
  {
    id: 'contract-expired',
    clause: '8.3.4.1',
    itemId: '8.3.4.1-06',
    severity: 'minor',
    title: 'Contract expired',
    description:
      'A contract past its end date still recorded as agreed, or a lapsed contract whose supplier still supports a live service without a newer contract in force.',
  },
  (db, today) => {
    const rows = db
      .prepare(
        `SELECT a.id, a.code, a.title, a.status, a.start_date, a.end_date,
           p.id AS supplier_id, p.code AS supplier_code, p.name AS supplier_name,
           ${supportedLiveServices('p')} AS services
         FROM agreement a JOIN supplier p ON p.id = a.supplier_id
         WHERE a.type = 'contract' AND (
           (a.status = 'agreed' AND a.end_date < @today)
           OR (a.status IN ('expired', 'terminated') AND ${supportsLiveService('p')}
             AND NOT EXISTS (
               SELECT 1 FROM agreement b WHERE b.supplier_id = p.id AND b.type = 'contract' AND ${inForce('b')})
             AND NOT EXISTS (
               SELECT 1 FROM agreement b WHERE b.supplier_id = p.id AND b.type = 'contract' AND b.id <> a.id
                 AND (coalesce(b.end_date, '9999-12-31'), b.code) > (coalesce(a.end_date, '9999-12-31'), a.code))))
         ORDER BY a.code`,
      )
      .all({ today }) as Row[];
    return rows.map((row) => {
      const supplier = { id: row.supplier_id, code: row.supplier_code, name: row.supplier_name };
      const services = recordList(row.services);
      const state = whyNotInForce(row, today) ?? 'is not in force';
      const subject = `${row.code} ${row.title} with ${named(supplier)} ${state}`;
      const use =
        services.length === 0
          ? ''
          : `; the supplier still supports live ${plural(services.length, 'service')} ${listed(services.map(named))}`;
      const message =
        row.status === 'agreed'
          ? `${subject}, yet is still recorded as agreed${use}.`
          : `${subject}, and no newer contract is in force${use}.`;
      return {
        message,
        records: [
          record('agreements', { id: row.id, code: row.code, name: row.title }),
          record('suppliers', supplier),
          ...services,
        ],
      };
    });
  },
);
