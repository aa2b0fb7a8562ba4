import type Database from 'better-sqlite3';
import type { AuditCountdown } from '../../api/schemas/dashboard';
import { readEngagement } from '../engagement/engagement-store';
import { daysBetween } from '../readiness/calendar-days';

/** The engagement's planned audit date and how many days `today` is from it (negative once past). */
export function auditCountdown(db: Database.Database, today: string): AuditCountdown {
  const plannedDate = readEngagement(db).plannedAuditDate;
  return { plannedDate, daysUntil: plannedDate === null ? null : daysBetween(today, plannedDate) };
}
