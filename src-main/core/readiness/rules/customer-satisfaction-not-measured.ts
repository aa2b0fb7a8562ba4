import { monthsBefore } from '../calendar-days';
import { defineRule } from '../readiness-rule';
import { named } from '../phrases';
import { record } from '../sql/record-json';

interface Row {
  id: string;
  code: string;
  name: string;
  last_measured: string | null;
}

/**
 * 8.3.2: customer satisfaction is measured on a schedule. However often the organisation chose
 * to ask, a customer not asked for a year has dropped out of it. A measurement exactly twelve
 * months ago still counts; one dated after the reference date does not.
 */
export const customerSatisfactionNotMeasured = defineRule(
  {
    id: 'customer-satisfaction-not-measured',
    clause: '8.3.2',
    itemId: '8.3.2-05',
    severity: 'minor',
    title: 'Customer satisfaction not measured in the last 12 months',
    description: 'A customer with no satisfaction measurement in the 12 months up to the reference date.',
  },
  (db, today) => {
    const rows = db
      .prepare(
        `SELECT * FROM (
           SELECT c.id, c.code, c.name,
             (SELECT max(measured_on) FROM customer_satisfaction
               WHERE customer_id = c.id AND measured_on <= @today) AS last_measured
           FROM customer c)
         WHERE last_measured IS NULL OR last_measured < @since
         ORDER BY code`,
      )
      .all({ today, since: monthsBefore(today, 12) }) as Row[];
    return rows.map((row) => ({
      message:
        row.last_measured === null
          ? `${named(row)} has never had its satisfaction measured.`
          : `${named(row)} last had its satisfaction measured on ${row.last_measured}, more than 12 months ago.`,
      records: [record('customers', row)],
    }));
  },
);
