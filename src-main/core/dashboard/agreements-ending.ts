import type Database from 'better-sqlite3';
import {
  DASHBOARD_LIST_LIMIT,
  ENDED_LOOKBACK_DAYS,
  FAR_HORIZON_DAYS,
  NEAR_HORIZON_DAYS,
  type AgreementEnd,
  type AgreementEnds,
} from '../../api/schemas/dashboard';
import { addDays, daysBetween } from '../readiness/calendar-days';

/**
 * Agreements whose end is news on `today`: ended (before today) within the lookback, or ended
 * earlier and still recorded as agreed (nobody has decided anything); and agreed ones ending from
 * today to the horizon, which is what the agreements register calls "ending soon". Drafts never
 * took effect, so their dates mean nothing yet. An agreement ending today is still in force.
 */
const ended = `(a.end_date < @today AND a.status <> 'draft' AND (a.end_date >= @since OR a.status = 'agreed'))`;
const ending = (horizon: string) => `(a.status = 'agreed' AND a.end_date BETWEEN @today AND ${horizon})`;

interface Counts {
  ended: number;
  within_30: number;
  within_60: number;
}

interface Row {
  id: string;
  code: string;
  title: string;
  type: AgreementEnd['type'];
  status: AgreementEnd['status'];
  counterparty: string | null;
  end_date: string;
}

/** The counts, and the rows by end date: the ended ones first, then the soonest to end. */
export function agreementsEnding(db: Database.Database, today: string): AgreementEnds {
  const params = {
    today,
    since: addDays(today, -ENDED_LOOKBACK_DAYS),
    near: addDays(today, NEAR_HORIZON_DAYS),
    far: addDays(today, FAR_HORIZON_DAYS),
  };
  // The end-date index narrows both queries to agreements that have an end date at all.
  const counts = db
    .prepare(
      `SELECT count(*) FILTER (WHERE ${ended}) AS ended,
         count(*) FILTER (WHERE ${ending('@near')}) AS within_30,
         count(*) FILTER (WHERE ${ending('@far')}) AS within_60
       FROM agreement a WHERE a.end_date IS NOT NULL AND a.end_date <= @far`,
    )
    .get(params) as Counts;
  const rows = db
    .prepare(
      `SELECT a.id, a.code, a.title, a.type, a.status, coalesce(c.name, s.name) AS counterparty, a.end_date
       FROM agreement a
         LEFT JOIN customer c ON c.id = a.customer_id
         LEFT JOIN supplier s ON s.id = a.supplier_id
       WHERE a.end_date IS NOT NULL AND a.end_date <= @far AND (${ended} OR ${ending('@far')})
       ORDER BY a.end_date, a.code
       LIMIT ${DASHBOARD_LIST_LIMIT}`,
    )
    .all(params) as Row[];
  return {
    ended: counts.ended,
    endingWithin30: counts.within_30,
    endingWithin60: counts.within_60,
    rows: rows.map((row) => ({
      id: row.id,
      code: row.code,
      title: row.title,
      type: row.type,
      status: row.status,
      counterparty: row.counterparty,
      endDate: row.end_date,
      daysUntilEnd: daysBetween(today, row.end_date),
    })),
  };
}
