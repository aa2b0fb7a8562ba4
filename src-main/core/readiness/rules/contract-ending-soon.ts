import { addDays, daysBetween } from '../calendar-days';
import { defineRule } from '../readiness-rule';
import { dayCount, named } from '../phrases';
import { record } from '../sql/record-json';

interface Row {
  id: string;
  code: string;
  title: string;
  end_date: string;
  notice_period_days: number | null;
  supplier_id: string;
  supplier_code: string;
  supplier_name: string;
}

/** How far ahead a contract end is worth raising. */
const ENDING_SOON_DAYS = 60;

/**
 * 8.3.4.1: a contract ending soon with no renewal recorded is a decision about to be made by
 * default. Raised from 60 days before the end date (inclusive) until the end date itself, unless
 * another agreed contract with the same supplier runs on past it. The notice date is the one a
 * consultant asks about first, so the message gives it.
 */
export const contractEndingSoon = defineRule(
  {
    id: 'contract-ending-soon',
    clause: '8.3.4.1',
    itemId: '8.3.4.1-06',
    severity: 'observation',
    title: 'Contract ending soon',
    description: `An agreed contract that ends within ${ENDING_SOON_DAYS} days with no agreed contract with the same supplier running on after it.`,
  },
  (db, today) => {
    const rows = db
      .prepare(
        `SELECT a.id, a.code, a.title, a.end_date, a.notice_period_days,
           p.id AS supplier_id, p.code AS supplier_code, p.name AS supplier_name
         FROM agreement a JOIN supplier p ON p.id = a.supplier_id
         WHERE a.type = 'contract' AND a.status = 'agreed' AND a.end_date BETWEEN @today AND @horizon
           AND NOT EXISTS (
             SELECT 1 FROM agreement b WHERE b.supplier_id = a.supplier_id AND b.type = 'contract'
               AND b.status = 'agreed' AND b.id <> a.id AND (b.end_date IS NULL OR b.end_date > a.end_date))
         ORDER BY a.end_date, a.code`,
      )
      .all({ today, horizon: addDays(today, ENDING_SOON_DAYS) }) as Row[];
    return rows.map((row) => {
      const supplier = { id: row.supplier_id, code: row.supplier_code, name: row.supplier_name };
      const left = daysBetween(today, row.end_date);
      const when = left === 0 ? 'today' : `on ${row.end_date}, in ${dayCount(left)}`;
      let notice = '';
      if (row.notice_period_days !== null && row.notice_period_days > 0) {
        const noticeDate = addDays(row.end_date, -row.notice_period_days);
        notice =
          noticeDate < today
            ? `; its ${row.notice_period_days}-day notice date, ${noticeDate}, has passed`
            : `; notice (${row.notice_period_days} days) must be given by ${noticeDate}`;
      }
      return {
        message: `${row.code} ${row.title} with ${named(supplier)} ends ${when}, and no renewal is recorded${notice}.`,
        records: [
          record('agreements', { id: row.id, code: row.code, name: row.title }),
          record('suppliers', supplier),
        ],
      };
    });
  },
);
