import type Database from 'better-sqlite3';
import type { AssessmentStatus } from '../../api/schemas/assessment';
import { readStatuses } from './assessment-store';
import type { ItemState } from './clause-progress';
import { isWeakEvidence, itemSupport, noSupport } from './item-support';
import type { LibraryIndex } from './library-index';

/** Each item's status as stored (not assessed when it has no row), for the pure checklist functions. */
export function statusLookup(
  db: Database.Database,
  index: LibraryIndex,
): (itemId: string) => AssessmentStatus {
  const statuses = readStatuses(db, index.library.id);
  return (itemId) => statuses.get(itemId) ?? 'not_assessed';
}

/** Each item's status and weak-evidence flag, read in a handful of queries for the whole library. */
export function itemStates(db: Database.Database, index: LibraryIndex): (itemId: string) => ItemState {
  const statusOf = statusLookup(db, index);
  const support = itemSupport(db, index.library.id);
  return (itemId) => {
    const status = statusOf(itemId);
    return { status, weakEvidence: isWeakEvidence(status, support.get(itemId) ?? noSupport) };
  };
}
