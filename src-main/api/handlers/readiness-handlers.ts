import type { HandlerRegistry } from '../registry';
import type { Session } from '../../core/session';
import { runReadiness } from '../../core/readiness/run-readiness';

/** Today as the registers store dates (UTC), the same day the register lists judge "overdue" by. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export function registerReadinessHandlers(api: HandlerRegistry, session: Session): void {
  api.register('readiness.run', ({ today }) => runReadiness(session.require().db, today ?? todayUtc()));
}
