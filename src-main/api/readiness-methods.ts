import { method } from './method-spec';
import { readinessInput, readinessReport } from './schemas/readiness';

/**
 * Readiness checks: what the registers of the open workspace already show about the clauses of
 * the standard, as findings with a clause, severity, message and the records concerned.
 */
export const readinessMethods = {
  'readiness.run': method({
    access: 'renderer',
    effect: 'reads',
    summary:
      'Run every readiness check over the registers of the open workspace, judged on the given day (today by default): the rules, the findings sorted by clause and severity, and counts by severity and clause.',
    input: readinessInput,
    output: readinessReport,
  }),
} as const;
