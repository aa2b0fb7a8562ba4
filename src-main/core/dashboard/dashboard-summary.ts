import type Database from 'better-sqlite3';
import type { DashboardSummary } from '../../api/schemas/dashboard';
import type { ReadinessReport } from '../../api/schemas/readiness';
import type { LibraryIndex } from '../assessment/library-index';
import { ReadinessRun } from '../readiness/readiness-run';
import { readinessRules } from '../readiness/rules';
import { runReadiness } from '../readiness/run-readiness';
import { runReadinessInSlices } from '../readiness/run-readiness-in-slices';
import { EventLoopSlicer } from '../../shared/event-loop-slicer';
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
    const parts = summaryParts(db, index, today, run, runReadiness(db, today, readinessRules, run));
    return Object.fromEntries(
      Object.entries(parts).map(([name, read]) => [name, read()]),
    ) as unknown as DashboardSummary;
  })();
}

/**
 * The same summary, read in slices that give way to the event loop (see EventLoopSlicer): over a
 * large workspace opened from a cold disk, judging every target takes most of a second, and the
 * host goes on serving meanwhile (the first screen's files, other calls that read). It runs as a
 * call that reads, so no write lands between its slices: every part is read from one state of the
 * registers, as in one transaction.
 */
export async function dashboardSummaryInSlices(
  db: Database.Database,
  index: LibraryIndex,
  today: string,
  slicer: EventLoopSlicer = new EventLoopSlicer(),
): Promise<DashboardSummary> {
  // A transaction wrapper cannot span awaits, so the read transaction is begun and ended here.
  const ownTransaction = !db.inTransaction;
  if (ownTransaction) db.exec('BEGIN');
  try {
    const run = new ReadinessRun(db, today);
    const readiness = await runReadinessInSlices(db, today, slicer, run);
    const summary: Record<string, unknown> = {};
    for (const [name, read] of Object.entries(summaryParts(db, index, today, run, readiness))) {
      summary[name] = read();
      await slicer.checkpoint();
    }
    if (ownTransaction) db.exec('COMMIT');
    return summary as unknown as DashboardSummary;
  } catch (error) {
    if (ownTransaction && db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** Each part of the summary, read when called: a few queries each, tens of milliseconds cold. */
function summaryParts(
  db: Database.Database,
  index: LibraryIndex,
  today: string,
  run: ReadinessRun,
  readiness: ReadinessReport,
): { [Part in keyof DashboardSummary]: () => DashboardSummary[Part] } {
  return {
    today: () => today,
    audit: () => auditCountdown(db, today),
    checklist: () => checklistStanding(db, index),
    findings: () => openFindings(db),
    readiness: () => readinessStanding(readiness, index),
    reviews: () => reviewsDue(db, today),
    agreements: () => agreementsEnding(db, today),
    targets: () => breachedTargets(db, run),
  };
}
