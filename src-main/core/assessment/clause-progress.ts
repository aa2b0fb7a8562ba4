import {
  assessmentStatuses,
  type AssessmentProgress,
  type AssessmentStatus,
  type ClauseProgress,
  type ProgressEntry,
} from '../../api/schemas/assessment';
import type { Clause } from '../../api/schemas/clause-library';
import type { LibraryIndex } from './library-index';

export interface ItemState {
  status: AssessmentStatus;
  weakEvidence: boolean;
}

function emptyEntry(): ProgressEntry {
  return {
    total: 0,
    counts: Object.fromEntries(assessmentStatuses.map((status) => [status, 0])) as ProgressEntry['counts'],
    weakEvidence: 0,
  };
}

function add(into: ProgressEntry, from: ProgressEntry): void {
  into.total += from.total;
  into.weakEvidence += from.weakEvidence;
  for (const status of assessmentStatuses) into.counts[status] += from.counts[status];
}

/**
 * Counts by status for every clause of the library, each clause counting its own items and all
 * items of its sub-clauses (8.3 sums 8.3.1 to 8.3.4.2), listed parents first in document order,
 * with the whole library's counts. A pure function of the library and each item's state.
 */
export function clauseProgress(
  index: LibraryIndex,
  stateOf: (itemId: string) => ItemState,
): AssessmentProgress {
  const clauses: ClauseProgress[] = [];
  const overall = emptyEntry();

  const visit = (clause: Clause, parent: string | null, depth: number): ProgressEntry => {
    const at = clauses.length;
    const own = emptyEntry();
    for (const item of clause.items) {
      const state = stateOf(item.id);
      own.total += 1;
      own.counts[state.status] += 1;
      if (state.weakEvidence) own.weakEvidence += 1;
    }
    // Reserve this clause's place before its sub-clauses, so parents come first.
    clauses.push({ number: clause.number, title: clause.title, depth, parent, ...own });
    const total = emptyEntry();
    add(total, own);
    for (const child of clause.clauses) add(total, visit(child, clause.number, depth + 1));
    clauses[at] = { number: clause.number, title: clause.title, depth, parent, ...total };
    return total;
  };

  for (const clause of index.library.clauses) add(overall, visit(clause, null, 0));
  return { libraryId: index.library.id, clauses, overall };
}
