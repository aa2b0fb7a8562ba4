import type Database from 'better-sqlite3';
import type { DashboardSummary } from '../../api/schemas/dashboard';
import type { LibraryIndex } from '../assessment/library-index';
import { ReadinessRun } from '../readiness/readiness-run';
import { readinessRules } from '../readiness/rules';
import { runReadiness } from '../readiness/run-readiness';
import { agreementsEnding } from './agreements-ending';
import { auditCountdown } from './audit-countdown';
import { breachedTargets } from './breached-targets';
import { checklistStanding } from './checklist-standing';
import { openFindings } from './open-findings';
import { readinessStanding } from './readiness-standing';
import { reviewsDue } from './reviews-due';

/**
 * Everything the dashboard shows, judged on `today` (YYYY-MM-DD), read in one transaction so the
 * parts agree with each other. A fixed number of queries whatever the size of the registers: none
 * is run per record.
 */
export function dashboardSummary(
  db: Database.Database,
  index: LibraryIndex,
  today: string,
): DashboardSummary {
  return db.transaction(() => {
    // The checks judge every target against its measurements; the breached targets reuse that.
    const run = new ReadinessRun(db, today);
    const readiness = runReadiness(db, today, readinessRules, run);
    return {
      today,
      audit: auditCountdown(db, today),
      checklist: checklistStanding(db, index),
      findings: openFindings(db),
      readiness: readinessStanding(readiness, index),
      reviews: reviewsDue(db, today),
      agreements: agreementsEnding(db, today),
      targets: breachedTargets(db, run),
    };
  })();
}
