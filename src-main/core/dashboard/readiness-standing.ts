import type { ReadinessStanding } from '../../api/schemas/dashboard';
import type { ReadinessReport } from '../../api/schemas/readiness';
import type { LibraryIndex } from '../assessment/library-index';
import { walkClauses } from '../clauses/clause-tree';

/**
 * What the readiness checks found, by severity and by clause, for the dashboard: only the clauses
 * with findings, each with its title from the library and the item its most severe finding
 * concerns (the report lists findings by clause, most severe first), where the checklist shows it.
 */
export function readinessStanding(report: ReadinessReport, index: LibraryIndex): ReadinessStanding {
  const titles = new Map(
    [...walkClauses(index.library.clauses)].map(({ clause }) => [clause.number, clause.title]),
  );
  const firstItem = new Map<string, string>();
  for (const finding of report.findings) {
    if (!firstItem.has(finding.clause)) firstItem.set(finding.clause, finding.itemId);
  }
  return {
    rules: report.rules.length,
    total: report.summary.total,
    bySeverity: report.summary.bySeverity,
    clauses: report.summary.byClause
      .filter((clause) => clause.total > 0)
      .map((clause) => ({
        ...clause,
        title: titles.get(clause.clause) ?? '',
        itemId: firstItem.get(clause.clause)!,
      })),
  };
}
