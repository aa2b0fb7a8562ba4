import { method } from './method-spec';
import { dashboardInput, dashboardSummary } from './schemas/dashboard';

/** The dashboard: one call for everything it shows, so it opens with one round trip. */
export const dashboardMethods = {
  'dashboard.summary': method({
    access: 'renderer',
    effect: 'reads',
    summary:
      'Where the engagement stands on the given day (today, UTC, by default): days to the audit, checklist progress per clause, open findings, readiness-check results, reviews due, agreements ending and breached targets.',
    input: dashboardInput,
    output: dashboardSummary,
  }),
} as const;
