import type Database from 'better-sqlite3';
import type { FindingDraft } from '../readiness-rule';
import { defineRule } from '../readiness-rule';
import { named } from '../phrases';
import { record } from '../sql/record-json';
import {
  reviewLapse,
  reviewLapsed,
  reviewScheduleColumns,
  type ReviewSchedule,
} from '../sql/review-schedule';

interface Row extends ReviewSchedule {
  id: string;
  code: string;
  name: string;
}

/** Suppliers of the given kinds whose review is overdue, never held and not planned, or not planned again. */
function lapsedSupplierReviews(
  db: Database.Database,
  today: string,
  kinds: readonly string[],
): FindingDraft[] {
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT p.id, p.code, p.name, ${reviewScheduleColumns('p', 'supplier_id')}
         FROM supplier p WHERE p.kind IN (SELECT value FROM json_each(@kinds)))
       WHERE ${reviewLapsed}
       ORDER BY code`,
    )
    .all({ today, kinds: JSON.stringify(kinds) }) as Row[];
  return rows.map((row) => ({
    message: `${named(row)} ${reviewLapse(row, today)}.`,
    records: [record('suppliers', row)],
  }));
}

/**
 * 8.3.4.1: the performance of each external supplier is reviewed with it at planned intervals.
 * Raised when the next review date (or, without one, the last review plus the cadence) has
 * passed, and when no review is planned at all. A review due today is not yet overdue.
 */
export const supplierReviewOverdue = defineRule(
  {
    id: 'supplier-review-overdue',
    clause: '8.3.4.1',
    itemId: '8.3.4.1-04',
    severity: 'minor',
    title: 'Supplier review overdue',
    description: 'An external supplier whose review date has passed, or that has no review planned.',
  },
  (db, today) => lapsedSupplierReviews(db, today, ['external']),
);

/** 8.3.4.2: the same for internal suppliers and customers acting as suppliers. */
export const internalSupplierReviewOverdue = defineRule(
  {
    id: 'internal-supplier-review-overdue',
    clause: '8.3.4.2',
    itemId: '8.3.4.2-04',
    severity: 'minor',
    title: 'Internal supplier review overdue',
    description:
      'An internal supplier or customer acting as a supplier whose review date has passed, or that has no review planned.',
  },
  (db, today) => lapsedSupplierReviews(db, today, ['internal', 'customer']),
);
