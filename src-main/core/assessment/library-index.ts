import { ClausebookError } from '../../api/errors';
import type { Clause, ClauseLibrary, RequirementItem } from '../../api/schemas/clause-library';
import { findClauseLibrary } from '../clauses/clause-catalogue';
import { walkItems } from '../clauses/clause-tree';

export interface IndexedItem {
  item: RequirementItem;
  clause: Clause;
  /** Where the item stands in the library's document order, from 0. */
  position: number;
}

/** A clause library with its items in document order and by id: what the checklist looks items up in. */
export interface LibraryIndex {
  library: ClauseLibrary;
  items: readonly IndexedItem[];
  byId: ReadonlyMap<string, IndexedItem>;
}

const indexes = new WeakMap<ClauseLibrary, LibraryIndex>();

export function indexLibrary(library: ClauseLibrary): LibraryIndex {
  let index = indexes.get(library);
  if (!index) {
    const items = [...walkItems(library.clauses)].map(({ item, clause }, position) => ({
      item,
      clause,
      position,
    }));
    index = { library, items, byId: new Map(items.map((entry) => [entry.item.id, entry])) };
    indexes.set(library, index);
  }
  return index;
}

/** The shipped (or installed) library with this id, indexed; NOT_FOUND naming the ones there are. */
export function libraryIndex(libraryId: string): LibraryIndex {
  return indexLibrary(findClauseLibrary(libraryId));
}

/** The item, or a VALIDATION error naming the id and the library, placed at `path` for a form. */
export function requireItem(
  index: LibraryIndex,
  itemId: string,
  path: readonly (string | number)[] = ['itemId'],
): IndexedItem {
  const found = index.byId.get(itemId);
  if (found) return found;
  const message = `The clause library ${index.library.id} has no requirement item ${itemId}.`;
  throw new ClausebookError('VALIDATION', message, {
    issues: [{ path: path.map(String), message: `There is no requirement item ${itemId}.` }],
  });
}

/** As requireItem, for an item named with its library (a link from evidence or a finding). */
export function requireLibraryItem(
  ref: { libraryId: string; itemId: string },
  path: readonly (string | number)[],
): IndexedItem {
  let index: LibraryIndex;
  try {
    index = libraryIndex(ref.libraryId);
  } catch (error) {
    if (!(error instanceof ClausebookError) || error.code !== 'NOT_FOUND') throw error;
    throw new ClausebookError('VALIDATION', error.message, {
      issues: [{ path: [...path, 'libraryId'].map(String), message: error.message }],
    });
  }
  return requireItem(index, ref.itemId, [...path, 'itemId']);
}
