import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import type { ReadinessFinding, ReadinessReport, ReadinessSeverity } from '../../api/schemas/readiness';
import { isCalendarDate } from './calendar-days';
import { compareClauses } from './clause-order';
import type { ReadinessRule } from './readiness-rule';
import { ReadinessRun } from './readiness-run';
import { readinessRules } from './rules';
import { summariseFindings } from './summarise-findings';

const severityRank: Record<ReadinessSeverity, number> = { major: 0, minor: 1, observation: 2 };

/** A workspace older than the registers (schema 1) has nothing for the rules to read. */
function hasRegisters(db: Database.Database): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'service'").get() !== undefined
  );
}

/**
 * Runs every readiness rule over the registers as they stand on `today` (YYYY-MM-DD) and returns
 * the findings sorted by clause, then severity (major first), then rule, keeping each rule's own
 * order (by record code) within it; with the rules that ran and the counts. What the rules read
 * in common is read once for the `run`, which a caller may pass to reuse it afterwards.
 */
export function runReadiness(
  db: Database.Database,
  today: string,
  rules: readonly ReadinessRule[] = readinessRules,
  run: ReadinessRun = new ReadinessRun(db, today),
): ReadinessReport {
  if (!isCalendarDate(today)) {
    throw new ClausebookError('VALIDATION', `"${today}" is not a date in the form YYYY-MM-DD.`);
  }
  const ruleOrder = new Map(rules.map((rule, index) => [rule.id, index]));
  // One read transaction, so every rule reads the same state of the registers.
  const findings: ReadinessFinding[] = hasRegisters(db)
    ? db.transaction(() => rules.flatMap((rule) => rule.run(db, today, run)))()
    : [];
  // Array.prototype.sort is stable, so each rule's own order survives.
  findings.sort(
    (a, b) =>
      compareClauses(a.clause, b.clause) ||
      severityRank[a.severity] - severityRank[b.severity] ||
      ruleOrder.get(a.ruleId)! - ruleOrder.get(b.ruleId)!,
  );
  const ruleInfo = [...rules]
    .sort((a, b) => compareClauses(a.clause, b.clause) || severityRank[a.severity] - severityRank[b.severity])
    .map(({ id, clause, itemId, severity, title, description }) => ({
      id,
      clause,
      itemId,
      severity,
      title,
      description,
    }));
  return { today, rules: ruleInfo, findings, summary: summariseFindings(ruleInfo, findings) };
}
