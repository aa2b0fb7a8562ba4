import type Database from 'better-sqlite3';
import type { ChecklistStanding } from '../../api/schemas/dashboard';
import { itemStates } from '../assessment/checklist-state';
import { clauseProgress } from '../assessment/clause-progress';
import type { LibraryIndex } from '../assessment/library-index';

/** The top-level clause an item sits under: 8 for 8.3.4.1. */
function topLevel(clauseNumber: string): string {
  return clauseNumber.split('.')[0]!;
}

/**
 * Counts by status for each top-level clause (4 to 10) and for the whole library, as the checklist
 * counts them, with the item the checklist should open at for each clause: the first one still to
 * assess, so a click on a clause lands where the work is.
 */
export function checklistStanding(db: Database.Database, index: LibraryIndex): ChecklistStanding {
  const stateOf = itemStates(db, index);
  const progress = clauseProgress(index, stateOf);
  const firstItem = new Map<string, string>();
  const firstUnassessed = new Map<string, string>();
  for (const { item, clause } of index.items) {
    const top = topLevel(clause.number);
    if (!firstItem.has(top)) firstItem.set(top, item.id);
    if (!firstUnassessed.has(top) && stateOf(item.id).status === 'not_assessed') {
      firstUnassessed.set(top, item.id);
    }
  }
  return {
    libraryId: progress.libraryId,
    overall: progress.overall,
    clauses: progress.clauses
      .filter((clause) => clause.depth === 0)
      .map(({ number, title, total, counts, weakEvidence }) => ({
        number,
        title,
        total,
        counts,
        weakEvidence,
        openItemId: firstUnassessed.get(number) ?? firstItem.get(number) ?? null,
      })),
  };
}
