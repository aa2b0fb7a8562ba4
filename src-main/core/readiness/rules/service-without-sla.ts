import { defineRule } from '../readiness-rule';
import { whyNotInForce, type AgreementTerms } from '../agreement-state';
import { named, plural } from '../phrases';
import { inForce } from '../sql/agreement-in-force';
import { record } from '../sql/record-json';

interface Row {
  id: string;
  code: string;
  name: string;
  in_catalogue: 0 | 1;
  customers: number;
  sla_id: string | null;
  sla_code: string | null;
  sla_title: string | null;
  sla_status: AgreementTerms['status'] | null;
  sla_start: string | null;
  sla_end: string | null;
}

/**
 * 8.3.3: every service delivered to customers is covered by an SLA agreed with them. A service is
 * delivered to customers when customers are recorded for it or its catalogue entry is shown to
 * customers; a supporting service (catalogue visibility internal, no customers) is underpinned by
 * OLAs and contracts instead, and is left to the supplier rules.
 */
export const serviceWithoutSla = defineRule(
  {
    id: 'service-without-sla',
    clause: '8.3.3',
    itemId: '8.3.3-01',
    severity: 'major',
    title: 'Live service without an agreed SLA',
    description:
      'A live service delivered to customers that no SLA in force (agreed, started, not ended) covers.',
  },
  (db, today) => {
    // The SLA shown when one names the service but is not in force: the latest by end date.
    const rows = db
      .prepare(
        `SELECT s.id, s.code, s.name, s.in_catalogue,
           (SELECT count(*) FROM service_customer WHERE service_id = s.id) AS customers,
           l.id AS sla_id, l.code AS sla_code, l.title AS sla_title, l.status AS sla_status,
           l.start_date AS sla_start, l.end_date AS sla_end
         FROM service s
         LEFT JOIN agreement l ON l.id = (
           SELECT a.id FROM agreement_service x JOIN agreement a ON a.id = x.agreement_id
           WHERE x.service_id = s.id AND a.type = 'sla'
           ORDER BY coalesce(a.end_date, '9999-12-31') DESC, a.code DESC LIMIT 1)
         WHERE s.lifecycle = 'live'
           AND (EXISTS (SELECT 1 FROM service_customer WHERE service_id = s.id)
             OR (s.in_catalogue = 1 AND s.catalogue_visibility <> 'internal'))
           AND NOT EXISTS (
             SELECT 1 FROM agreement_service x JOIN agreement a ON a.id = x.agreement_id
             WHERE x.service_id = s.id AND a.type = 'sla' AND ${inForce('a')})
         ORDER BY s.code`,
      )
      .all({ today }) as Row[];
    return rows.map((row) => {
      const where = row.in_catalogue === 1 ? 'live in the catalogue' : 'live';
      const used =
        row.customers > 0
          ? ` and serves ${row.customers} ${plural(row.customers, 'customer')}`
          : ' and offered to customers';
      const records = [record('services', row)];
      let detail = '';
      if (row.sla_id !== null && row.sla_code !== null && row.sla_title !== null && row.sla_status !== null) {
        const state = whyNotInForce(
          { status: row.sla_status, start_date: row.sla_start, end_date: row.sla_end },
          today,
        );
        detail = state === null ? '' : ` (${row.sla_code}, the SLA that names it, ${state})`;
        records.push(record('agreements', { id: row.sla_id, code: row.sla_code, name: row.sla_title }));
      }
      return {
        message: `${named(row)} is ${where}${used}, but no agreed SLA covers it${detail}.`,
        records,
      };
    });
  },
);
