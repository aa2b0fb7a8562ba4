import { defineRule } from '../readiness-rule';
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
  title: string;
}

/**
 * 8.3.1: agreements are reviewed at planned intervals. Every agreed agreement, of any type, is
 * raised when its next review date (or, without one, its last review plus its cadence) has
 * passed, or when no review is planned at all. Drafts and ended agreements are not reviewed.
 */
export const agreementReviewOverdue = defineRule(
  {
    id: 'agreement-review-overdue',
    clause: '8.3.1',
    itemId: '8.3.1-02',
    severity: 'minor',
    title: 'Agreement review overdue',
    description: 'An agreed agreement whose review date has passed, or that has no review planned.',
  },
  (db, today) => {
    const rows = db
      .prepare(
        `SELECT * FROM (
           SELECT a.id, a.code, a.title, ${reviewScheduleColumns('a', 'agreement_id')}
           FROM agreement a WHERE a.status = 'agreed')
         WHERE ${reviewLapsed}
         ORDER BY code`,
      )
      .all({ today }) as Row[];
    return rows.map((row) => ({
      message: `${row.code} ${row.title} ${reviewLapse(row, today)}.`,
      records: [record('agreements', { id: row.id, code: row.code, name: row.title })],
    }));
  },
);
