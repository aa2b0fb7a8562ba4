import { create } from 'zustand';
import type { Clause, ClauseLibrary } from '../../../src-main/api/schemas/clause-library';
import { api } from '../../api/client';

/** A requirement item as pickers and link lists show it. */
export interface ItemEntry {
  id: string;
  summary: string;
  clause: string;
  clauseTitle: string;
}

/** The items of a top-level clause, for one <optgroup>. */
export interface ItemGroup {
  label: string;
  items: ItemEntry[];
}

interface ItemLibraryState {
  libraryId: string | null;
  groups: ItemGroup[];
  byId: Record<string, ItemEntry>;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  ensure(): void;
}

function collect(clause: Clause, into: ItemEntry[]): void {
  for (const item of clause.items) {
    into.push({ id: item.id, summary: item.summary, clause: clause.number, clauseTitle: clause.title });
  }
  for (const child of clause.clauses) collect(child, into);
}

function groupsOf(library: ClauseLibrary): ItemGroup[] {
  return library.clauses.map((clause) => {
    const items: ItemEntry[] = [];
    collect(clause, items);
    return { label: `${clause.number} ${clause.title}`, items };
  });
}

/** The default clause library's requirement items, fetched once: they ship with the app. */
export const useItemLibrary = create<ItemLibraryState>()((set, get) => ({
  libraryId: null,
  groups: [],
  byId: {},
  status: 'idle',
  ensure() {
    if (get().status === 'loading' || get().status === 'ready') return;
    set({ status: 'loading' });
    api
      .call('clauses.library', {})
      .then((library) => {
        const groups = groupsOf(library);
        const byId = Object.fromEntries(
          groups.flatMap((group) => group.items).map((item) => [item.id, item]),
        );
        set({ libraryId: library.id, groups, byId, status: 'ready' });
      })
      .catch(() => set({ status: 'failed' }));
  },
}));

/** "8.3.4.1-03 · Summary", or the id alone while the library loads. */
export function itemText(entry: ItemEntry | undefined, id: string): string {
  return entry ? `${id} · ${entry.summary}` : id;
}
