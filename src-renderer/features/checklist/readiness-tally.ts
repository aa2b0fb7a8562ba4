import type { Clause, ClauseLibrary } from '../../../src-main/api/schemas/clause-library';
import type { ReadinessFinding, ReadinessSeverity } from '../../../src-main/api/schemas/readiness';

/** How many readiness findings sit on a clause or item, and the worst of them. */
export interface ReadinessTally {
  count: number;
  worst: ReadinessSeverity;
}

/** Tallies keyed `clause:<number>` and `item:<id>`, the tree's own node keys. */
export type ReadinessTallies = ReadonlyMap<string, ReadinessTally>;

/** Major first: the lower, the worse. */
const rank: Record<ReadinessSeverity, number> = { major: 0, minor: 1, observation: 2 };

export const clauseTallyKey = (number: string) => `clause:${number}`;
export const itemTallyKey = (id: string) => `item:${id}`;

/**
 * Counts the findings on each item and each clause, a clause counting everything below it, so a
 * closed parent still shows that something inside needs a look. A finding whose item the library
 * lacks still counts on its clause and the clauses above it.
 */
export function readinessTallies(
  library: Pick<ClauseLibrary, 'clauses'>,
  findings: readonly ReadinessFinding[],
): ReadinessTallies {
  // The chain of clause numbers from the top down to each clause, and each item's clause.
  const chains = new Map<string, string[]>();
  const itemClause = new Map<string, string>();
  const walk = (clause: Clause, above: string[]) => {
    const chain = [...above, clause.number];
    chains.set(clause.number, chain);
    for (const item of clause.items) itemClause.set(item.id, clause.number);
    for (const child of clause.clauses) walk(child, chain);
  };
  for (const clause of library.clauses) walk(clause, []);

  const tallies = new Map<string, ReadinessTally>();
  const add = (key: string, severity: ReadinessSeverity) => {
    const tally = tallies.get(key);
    if (!tally) tallies.set(key, { count: 1, worst: severity });
    else {
      tally.count += 1;
      if (rank[severity] < rank[tally.worst]) tally.worst = severity;
    }
  };
  for (const finding of findings) {
    const ownClause = itemClause.get(finding.itemId);
    if (ownClause) add(itemTallyKey(finding.itemId), finding.severity);
    for (const number of chains.get(ownClause ?? finding.clause) ?? []) {
      add(clauseTallyKey(number), finding.severity);
    }
  }
  return tallies;
}

/** "3 readiness findings, worst: major" or "1 readiness finding, minor": the badge's accessible name. */
export function readinessWords(tally: ReadinessTally): string {
  if (tally.count === 1) return `1 readiness finding, ${tally.worst}`;
  return `${tally.count} readiness findings, worst: ${tally.worst}`;
}
