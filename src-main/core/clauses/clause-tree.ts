import type { Clause, RequirementItem } from '../../api/schemas/clause-library';

export interface ClauseVisit {
  clause: Clause;
  parent: Clause | null;
  /** 0 for a top-level clause such as 8, 1 for 8.3, and so on. */
  depth: number;
  /** Where the clause sits in the library file, e.g. clauses[4].clauses[2]. */
  path: string;
}

/** Every clause of a tree, parents before their sub-clauses, in document order. */
export function* walkClauses(
  clauses: readonly Clause[],
  parent: Clause | null = null,
  depth = 0,
  at = 'clauses',
): Generator<ClauseVisit> {
  for (const [index, clause] of clauses.entries()) {
    const path = `${at}[${index}]`;
    yield { clause, parent, depth, path };
    yield* walkClauses(clause.clauses, clause, depth + 1, `${path}.clauses`);
  }
}

export interface ItemVisit {
  item: RequirementItem;
  clause: Clause;
  /** Where the item sits in the library file, e.g. clauses[4].clauses[2].items[0]. */
  path: string;
}

/** Every requirement item of a tree, in document order. */
export function* walkItems(clauses: readonly Clause[]): Generator<ItemVisit> {
  for (const { clause, path } of walkClauses(clauses)) {
    for (const [index, item] of clause.items.entries())
      yield { item, clause, path: `${path}.items[${index}]` };
  }
}
