import type Database from 'better-sqlite3';
import type { HandlerRegistry } from '../registry';
import type { Session } from '../../core/session';
import type { DashboardSummary } from '../schemas/dashboard';
import { dashboardSummaryInSlices } from '../../core/dashboard/dashboard-summary';
import { libraryIndex } from '../../core/assessment/library-index';

/** Today as the registers store dates (UTC), the same day the readiness checks judge by default. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * What changes whenever the dashboard may have: rows written on this connection, commits by any
 * other connection, and the schema.
 */
function databaseState(db: Database.Database): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  return `${changes}/${dataVersion}/${schemaVersion}`;
}

export function registerDashboardHandlers(api: HandlerRegistry, session: Session): void {
  // The dashboard is asked for on every visit and after every change, and judging a large
  // workspace takes a while, so the last answer is kept for as long as the database, the day and
  // the library it was for stay the same. It is read in slices, so the host serves meanwhile; a
  // second ask while it is being read waits for the same answer rather than reading it again.
  let last: { db: Database.Database; key: string; summary: Promise<DashboardSummary> } | null = null;
  api.register('dashboard.summary', ({ libraryId, today }) => {
    const { db } = session.require();
    const day = today ?? todayUtc();
    const key = `${libraryId}|${day}|${databaseState(db)}`;
    if (last?.db === db && last.key === key) return last.summary;
    const summary = dashboardSummaryInSlices(db, libraryIndex(libraryId), day);
    const entry = { db, key, summary };
    last = entry;
    summary.catch(() => {
      if (last === entry) last = null;
    });
    return summary;
  });
}
