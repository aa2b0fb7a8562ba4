import { z } from 'zod';
import { agreementStatuses, agreementTypes } from './registers/agreement';
import { comparisons, measurementPeriods } from './registers/target';
import { progressEntry } from './assessment';
import { clauseLibraryId, DEFAULT_CLAUSE_LIBRARY_ID } from './clause-library';
import { calendarDate } from './engagement';
import { recordId } from './fields';
import { findingTypes, type FindingType } from './findings';

/**
 * The dashboard in one answer: where the assessment stands per clause, what is open, and what in
 * the registers falls due around the day it is judged on. Lists hold at most DASHBOARD_LIST_LIMIT
 * rows, most pressing first, beside the full count, so the answer stays small however large the
 * registers grow.
 */
export const DASHBOARD_LIST_LIMIT = 8;

/** The two horizons for reviews due and agreements ending: about the coming month, and two. */
export const NEAR_HORIZON_DAYS = 30;
export const FAR_HORIZON_DAYS = 60;
/** How long after its end an agreement that has ended is still news. */
export const ENDED_LOOKBACK_DAYS = 90;

export const dashboardInput = z.strictObject({
  libraryId: clauseLibraryId.default(DEFAULT_CLAUSE_LIBRARY_ID),
  /** The day everything is judged on; today (UTC) when left out. */
  today: calendarDate.optional(),
});

const count = z.number().int().min(0);

export const auditCountdown = z.object({
  plannedDate: calendarDate.nullable(),
  /** Days from `today` to the planned date: negative once it has passed; null when none is set. */
  daysUntil: z.number().int().nullable(),
});

/** A top-level clause (4 to 10) with the counts of all its items, sub-clauses included. */
export const clauseStanding = progressEntry.extend({
  number: z.string(),
  title: z.string(),
  /** Where the checklist opens for this clause: its first item not assessed yet, else its first item. */
  openItemId: z.string().nullable(),
});

export const checklistStanding = z.object({
  libraryId: z.string(),
  overall: progressEntry,
  clauses: z.array(clauseStanding),
});

export const openFindings = z.object({
  total: count,
  byType: z.object(
    Object.fromEntries(findingTypes.map((type) => [type, count])) as Record<FindingType, typeof count>,
  ),
});

const severityCounts = z.object({ major: count, minor: count, observation: count });

/** A clause on which the readiness checks found something, with the item the checklist opens at. */
export const readinessClause = severityCounts.extend({
  clause: z.string(),
  title: z.string(),
  total: count,
  /** The requirement item of the clause's most severe finding. */
  itemId: z.string(),
});

export const readinessStanding = z.object({
  /** How many checks ran. */
  rules: count,
  total: count,
  bySeverity: severityCounts,
  /** Only clauses with findings, in clause order. */
  clauses: z.array(readinessClause),
});

export const reviewDue = z.object({
  register: z.enum(['suppliers', 'agreements']),
  id: recordId,
  code: z.string(),
  name: z.string(),
  dueDate: calendarDate,
  /** Negative when overdue; 0 when due today (not yet overdue). */
  daysUntilDue: z.number().int(),
});

export const reviewSchedule = z.object({
  overdue: count,
  /** Due from today up to and including 30 days ahead. */
  dueWithin30: count,
  /** Due from today up to and including 60 days ahead (so it includes the 30). */
  dueWithin60: count,
  /** Suppliers and agreed agreements with no next review date at all. */
  notPlanned: count,
  /** Overdue (longest overdue first), then due within 60 days (soonest first). */
  rows: z.array(reviewDue).max(DASHBOARD_LIST_LIMIT),
});

export const agreementEnd = z.object({
  id: recordId,
  code: z.string(),
  title: z.string(),
  type: z.enum(agreementTypes),
  status: z.enum(agreementStatuses),
  /** The customer or supplier on the other side, when recorded. */
  counterparty: z.string().nullable(),
  endDate: calendarDate,
  /** Negative once it has ended. */
  daysUntilEnd: z.number().int(),
});

export const agreementEnds = z.object({
  /** Ended in the last 90 days, or ended earlier yet still recorded as agreed. */
  ended: count,
  /** Agreed and ending from today up to and including 30 days ahead. */
  endingWithin30: count,
  /** Agreed and ending from today up to and including 60 days ahead (so it includes the 30). */
  endingWithin60: count,
  /** By end date, earliest first: the ended ones, then the soonest to end. */
  rows: z.array(agreementEnd).max(DASHBOARD_LIST_LIMIT),
});

export const breachedTarget = z.object({
  id: recordId,
  code: z.string(),
  name: z.string(),
  agreementId: recordId,
  agreementCode: z.string(),
  serviceName: z.string().nullable(),
  /** The latest measured period, by its first day. */
  periodStart: calendarDate,
  period: z.enum(measurementPeriods).nullable(),
  value: z.number(),
  comparison: z.enum(comparisons),
  threshold: z.number(),
  unit: z.string(),
});

export const breachedTargets = z.object({
  /** Targets whose latest measurement misses them, as the targets register's "breached" filter counts. */
  total: count,
  rows: z.array(breachedTarget).max(DASHBOARD_LIST_LIMIT),
});

export const dashboardSummary = z.object({
  today: calendarDate,
  audit: auditCountdown,
  checklist: checklistStanding,
  findings: openFindings,
  readiness: readinessStanding,
  reviews: reviewSchedule,
  agreements: agreementEnds,
  targets: breachedTargets,
});

export type DashboardInput = z.output<typeof dashboardInput>;
export type AuditCountdown = z.output<typeof auditCountdown>;
export type ClauseStanding = z.output<typeof clauseStanding>;
export type ChecklistStanding = z.output<typeof checklistStanding>;
export type OpenFindings = z.output<typeof openFindings>;
export type ReadinessClause = z.output<typeof readinessClause>;
export type ReadinessStanding = z.output<typeof readinessStanding>;
export type ReviewDue = z.output<typeof reviewDue>;
export type ReviewSchedule = z.output<typeof reviewSchedule>;
export type AgreementEnd = z.output<typeof agreementEnd>;
export type AgreementEnds = z.output<typeof agreementEnds>;
export type BreachedTarget = z.output<typeof breachedTarget>;
export type BreachedTargets = z.output<typeof breachedTargets>;
export type DashboardSummary = z.output<typeof dashboardSummary>;
