import type Database from 'better-sqlite3';
import {
  DASHBOARD_LIST_LIMIT,
  FAR_HORIZON_DAYS,
  NEAR_HORIZON_DAYS,
  type ReviewDue,
  type ReviewSchedule,
} from '../../api/schemas/dashboard';
import { addDays, daysBetween } from '../readiness/calendar-days';
import { reviewScheduleColumns } from '../readiness/sql/review-schedule';

/**
 * Every supplier and every agreed agreement with the date its next review is due, as the readiness
 * checks work it out: the next review date on the record or, without one, the last review plus the
 * cadence. Drafts and ended agreements are not reviewed, so they are left out, as the checks do.
 */
const schedule = `
  SELECT 'suppliers' AS register, p.id, p.code, p.name, ${reviewScheduleColumns('p', 'supplier_id')}
  FROM supplier p
  UNION ALL
  SELECT 'agreements', a.id, a.code, a.title, ${reviewScheduleColumns('a', 'agreement_id')}
  FROM agreement a WHERE a.status = 'agreed'`;

interface Counts {
  overdue: number;
  within_30: number;
  within_60: number;
  not_planned: number;
}

interface Row {
  register: ReviewDue['register'];
  id: string;
  code: string;
  name: string;
  review_due: string;
}

/**
 * Reviews overdue (due before `today`; one due today is not overdue yet) and due in the next 30
 * and 60 days, with the most pressing rows: the longest overdue first, then the soonest due.
 */
export function reviewsDue(db: Database.Database, today: string): ReviewSchedule {
  const params = {
    today,
    near: addDays(today, NEAR_HORIZON_DAYS),
    far: addDays(today, FAR_HORIZON_DAYS),
  };
  const counts = db
    .prepare(
      `SELECT count(*) FILTER (WHERE review_due < @today) AS overdue,
         count(*) FILTER (WHERE review_due BETWEEN @today AND @near) AS within_30,
         count(*) FILTER (WHERE review_due BETWEEN @today AND @far) AS within_60,
         count(*) FILTER (WHERE review_due IS NULL) AS not_planned
       FROM (${schedule})`,
    )
    .get(params) as Counts;
  const rows = db
    .prepare(
      `SELECT register, id, code, name, review_due FROM (${schedule})
       WHERE review_due <= @far
       ORDER BY review_due, code
       LIMIT ${DASHBOARD_LIST_LIMIT}`,
    )
    .all(params) as Row[];
  return {
    overdue: counts.overdue,
    dueWithin30: counts.within_30,
    dueWithin60: counts.within_60,
    notPlanned: counts.not_planned,
    rows: rows.map((row) => ({
      register: row.register,
      id: row.id,
      code: row.code,
      name: row.name,
      dueDate: row.review_due,
      daysUntilDue: daysBetween(today, row.review_due),
    })),
  };
}
