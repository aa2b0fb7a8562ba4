import type {
  ReadinessFinding,
  ReadinessRuleInfo,
  ReadinessSeverity,
  ReadinessSummary,
} from '../../api/schemas/readiness';
import { compareClauses } from './clause-order';

type Counts = Record<ReadinessSeverity, number>;

const zero = (): Counts => ({ major: 0, minor: 0, observation: 0 });

/**
 * Counts by severity and by clause. Every clause a rule checks is listed, with zeros where the
 * registers showed nothing wrong: "checked and clear" is worth showing on the clause.
 */
export function summariseFindings(
  rules: readonly ReadinessRuleInfo[],
  findings: readonly ReadinessFinding[],
): ReadinessSummary {
  const bySeverity = zero();
  const byClause = new Map<string, Counts>(rules.map((rule) => [rule.clause, zero()]));
  for (const finding of findings) {
    bySeverity[finding.severity] += 1;
    const counts = byClause.get(finding.clause) ?? zero();
    counts[finding.severity] += 1;
    byClause.set(finding.clause, counts);
  }
  return {
    total: findings.length,
    bySeverity,
    byClause: [...byClause.entries()]
      .sort(([a], [b]) => compareClauses(a, b))
      .map(([clause, counts]) => ({
        clause,
        ...counts,
        total: counts.major + counts.minor + counts.observation,
      })),
  };
}
