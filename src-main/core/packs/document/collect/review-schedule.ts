import type Database from 'better-sqlite3';
import { reviewScheduleColumns } from '../../../readiness/sql/review-schedule';
import type { PackReviewSchedule } from '../pack-data';

/**
 * When each agreement in force and each supplier was last reviewed and is next due, in one query,
 * worked out as the readiness checks work it out (the later of the date on the record and its
 * latest review; the planned date, or the last review plus the cadence). Those with no review
 * planned come first, then by the date due: the order an auditor samples them in.
 */
export function collectReviewSchedule(db: Database.Database): PackReviewSchedule[] {
  return db
    .prepare(
      `SELECT * FROM (
         SELECT 'agreement' AS subject, r.code, r.title AS name, r.review_cadence_months AS cadenceMonths,
           ${reviewScheduleColumns('r', 'agreement_id')}
         FROM agreement r WHERE r.status = 'agreed'
         UNION ALL
         SELECT 'supplier', r.code, r.name, r.review_cadence_months, ${reviewScheduleColumns('r', 'supplier_id')}
         FROM supplier r)
       ORDER BY review_due IS NOT NULL, review_due, code`,
    )
    .all()
    .map((row) => {
      const { last_reviewed, review_due, ...rest } = row as Omit<
        PackReviewSchedule,
        'lastReviewed' | 'reviewDue'
      > & { last_reviewed: string | null; review_due: string | null };
      return { ...rest, lastReviewed: last_reviewed, reviewDue: review_due };
    });
}
