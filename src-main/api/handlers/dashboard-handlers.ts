import type { HandlerRegistry } from '../registry';
import type { Session } from '../../core/session';
import { dashboardSummary } from '../../core/dashboard/dashboard-summary';
import { libraryIndex } from '../../core/assessment/library-index';

/** Today as the registers store dates (UTC), the same day the readiness checks judge by default. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export function registerDashboardHandlers(api: HandlerRegistry, session: Session): void {
  api.register('dashboard.summary', ({ libraryId, today }) =>
    dashboardSummary(session.require().db, libraryIndex(libraryId), today ?? todayUtc()),
  );
}
