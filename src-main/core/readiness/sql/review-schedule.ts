import { daysBetween } from '../calendar-days';
import { dayCount } from '../phrases';

/**
 * SQL columns for when record `r` (an agreement or a supplier) was last reviewed and is next due:
 * `last_reviewed` is the later of the date on the record and its latest review record;
 * `review_due` is the next review date on the record or, without one, the last review plus the
 * review cadence. (SQLite rolls a month-end forward: 31 January plus a month is 3 March.)
 */
export function reviewScheduleColumns(r: string, reviewKey: 'agreement_id' | 'supplier_id'): string {
  const lastReviewed = `nullif(max(ifnull(${r}.last_review_date, ''),
    ifnull((SELECT max(review_date) FROM review WHERE ${reviewKey} = ${r}.id), '')), '')`;
  return `${lastReviewed} AS last_reviewed,
    coalesce(${r}.next_review_date, CASE WHEN ${r}.review_cadence_months IS NOT NULL
      THEN date(${lastReviewed}, '+' || ${r}.review_cadence_months || ' months') END) AS review_due`;
}

/** SQL condition on the columns above: the review is overdue, or none is planned. */
export const reviewLapsed = `(review_due IS NULL OR review_due < @today)`;

export interface ReviewSchedule {
  last_reviewed: string | null;
  review_due: string | null;
}

/**
 * What is wrong with a review schedule that `reviewLapsed` selected, after the subject:
 * "was due for review on 2026-09-25 (58 days ago); last reviewed on 2025-09-25".
 */
export function reviewLapse(row: ReviewSchedule, today: string): string {
  const last = row.last_reviewed;
  if (row.review_due === null) {
    return last === null
      ? 'has never been reviewed and no review is planned'
      : `was last reviewed on ${last} and no next review is planned`;
  }
  const late = dayCount(daysBetween(row.review_due, today));
  const history = last === null ? 'it has never been reviewed' : `last reviewed on ${last}`;
  return `was due for review on ${row.review_due} (${late} ago); ${history}`;
}
