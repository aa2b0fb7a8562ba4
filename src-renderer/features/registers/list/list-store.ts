import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type {
  AgreementRow,
  CustomerRow,
  ReviewRow,
  ServiceRow,
  SupplierRow,
  TargetRow,
} from '../../../../src-main/api/schemas/registers/lists';
import { api } from '../../../api/client';
import { localToday } from '../../../shared/format/calendar-date';
import type { RegisterId } from '../model/registers';
import { useWorkspaceStore } from '../../workspace/workspace-store';
import { useRegisterData } from '../state/register-data-store';

export const PAGE_SIZE = 100;

export interface SortState {
  by: string;
  direction: 'asc' | 'desc';
}

export interface ListQuery {
  search: string;
  /** Filter key → value; a key that is absent does not filter. */
  filters: Readonly<Record<string, string>>;
  sort: SortState;
}

export interface ListState<Row> {
  query: ListQuery;
  /** What is in the search box; it becomes `query.search` once the user pauses typing. */
  searchText: string;
  /** Rows matching the query, as the core counted them; null before the first answer. */
  total: number | null;
  /** Records in the register whatever the search and filters, for "3 of 120"; null until counted. */
  all: number | null;
  /** Fetched pages of PAGE_SIZE rows, by page number. */
  pages: Readonly<Record<number, readonly Row[]>>;
  /** The pages from before the last query change or refresh, shown until their replacements arrive. */
  previous: Readonly<Record<number, readonly Row[]>> | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  failure: string | null;
  /** The data epoch the pages were fetched at. */
  loadedEpoch: number;
  /** Goes up when the query changes: the table then scrolls back to the top. */
  queryVersion: number;
  /** Goes up whenever the pages are thrown away: the table then asks again for what it shows. */
  version: number;
  /** The row the keyboard is on. */
  activeIndex: number;
  /** Where the table was scrolled to, restored when the user comes back from a record. */
  scrollTop: number;
  typeSearch(text: string): void;
  setSearch(search: string): void;
  setFilter(key: string, value: string | null): void;
  /** Replaces search and filters at once, e.g. when following a dashboard link. */
  show(filters: Record<string, string>): void;
  clearQuery(): void;
  setSort(sort: SortState): void;
  /** Makes sure rows `start`…`end` (inclusive) are fetched or on their way. */
  ensureRange(start: number, end: number): void;
  /** Fetches what is shown again (after a change to the data), keeping it on screen meanwhile. */
  refresh(): void;
  setActiveIndex(index: number): void;
  rememberScroll(top: number): void;
  /** Back to no search, no filters and the default order, e.g. for another workspace. */
  reset(): void;
}

export type ListStore<Row> = UseBoundStore<StoreApi<ListState<Row>>>;

export function isFiltered(query: ListQuery): boolean {
  return query.search !== '' || Object.keys(query.filters).length > 0;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One register's list: the query, and the pages of rows fetched for it. Pages are fetched from the
 * core as the table scrolls to them, so the cost of a list is the cost of the rows on screen; an
 * answer to an older query or from before a refresh is dropped when it arrives.
 */
export function createListStore<Row>(register: RegisterId, defaultSort: SortState): ListStore<Row> {
  let generation = 0;
  let inFlight = new Set<number>();
  let range = { start: 0, end: 0 };

  return create<ListState<Row>>()((set, get) => {
    const fetchPage = (page: number) => {
      if (get().pages[page] || inFlight.has(page)) return;
      const requested = generation;
      inFlight.add(page);
      const { query } = get();
      const epoch = useRegisterData.getState().epoch;
      api
        .call(`${register}.list`, {
          search: query.search,
          filters: { ...query.filters },
          sort: query.sort,
          offset: page * PAGE_SIZE,
          limit: PAGE_SIZE,
          today: localToday(),
        })
        .then(({ total, rows }) => {
          if (requested !== generation) return;
          set((state) => ({
            total,
            ...(isFiltered(query) ? {} : { all: total }),
            pages: { ...state.pages, [page]: rows as unknown as Row[] },
            previous: null,
            status: 'ready',
            failure: null,
            loadedEpoch: epoch,
          }));
        })
        .catch((error: unknown) => {
          if (requested !== generation) return;
          set({ status: 'failed', failure: message(error) });
        })
        .finally(() => {
          if (requested === generation) inFlight.delete(page);
        });
    };

    const fetchRange = () => {
      const last = Math.max(range.start, range.end);
      for (let page = Math.floor(range.start / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page += 1) {
        fetchPage(page);
      }
    };

    /** Counts the whole register, for a list narrowed by search or filters. */
    const countAll = () => {
      const requested = generation;
      api
        .call(`${register}.list`, {
          search: '',
          filters: {},
          sort: null,
          offset: 0,
          limit: 1,
          today: localToday(),
        })
        .then(({ total }) => {
          if (requested === generation) set({ all: total });
        })
        .catch(() => undefined);
    };

    /** Drops the pages (keeping them as `previous`) and fetches again. */
    const restart = (query: ListQuery | null) => {
      generation += 1;
      inFlight = new Set();
      set((state) => ({
        query: query ?? state.query,
        previous: Object.keys(state.pages).length > 0 ? state.pages : state.previous,
        pages: {},
        status: 'loading',
        version: state.version + 1,
        ...(query ? { queryVersion: state.queryVersion + 1, activeIndex: 0, scrollTop: 0 } : {}),
      }));
      if (query) range = { start: 0, end: Math.max(0, range.end - range.start) };
      fetchRange();
      if (isFiltered(get().query)) countAll();
    };

    const changeQuery = (change: Partial<ListQuery>) => restart({ ...get().query, ...change });

    return {
      query: { search: '', filters: {}, sort: defaultSort },
      searchText: '',
      total: null,
      all: null,
      pages: {},
      previous: null,
      status: 'idle',
      failure: null,
      loadedEpoch: -1,
      queryVersion: 0,
      version: 0,
      activeIndex: 0,
      scrollTop: 0,
      typeSearch(text) {
        set({ searchText: text });
      },
      setSearch(search) {
        if (search !== get().query.search) changeQuery({ search });
      },
      setFilter(key, value) {
        const { [key]: _dropped, ...rest } = get().query.filters;
        changeQuery({ filters: value === null || value === '' ? rest : { ...rest, [key]: value } });
      },
      show(filters) {
        set({ searchText: '' });
        changeQuery({ search: '', filters });
      },
      clearQuery() {
        set({ searchText: '' });
        changeQuery({ search: '', filters: {} });
      },
      setSort(sort) {
        changeQuery({ sort });
      },
      ensureRange(start, end) {
        range = { start, end };
        fetchRange();
      },
      refresh() {
        restart(null);
      },
      setActiveIndex(index) {
        if (index !== get().activeIndex) set({ activeIndex: index });
      },
      rememberScroll(top) {
        set({ scrollTop: top });
      },
      reset() {
        const query = { search: '', filters: {}, sort: defaultSort };
        set({
          searchText: '',
          all: null,
          total: null,
          previous: null,
          pages: {},
          activeIndex: 0,
          scrollTop: 0,
        });
        // A list never shown has nothing to fetch again: it fetches when it is first shown.
        if (get().status === 'idle') set({ query });
        else restart(query);
      },
    };
  });
}

/** The row a list shows at `index`: from the current pages, or the previous ones while those load. */
export function rowAt<Row>(
  state: Pick<ListState<Row>, 'pages' | 'previous'>,
  index: number,
): Row | undefined {
  const page = Math.floor(index / PAGE_SIZE);
  const offset = index % PAGE_SIZE;
  return state.pages[page]?.[offset] ?? state.previous?.[page]?.[offset];
}

export const listStores = {
  services: createListStore<ServiceRow>('services', { by: 'code', direction: 'asc' }),
  customers: createListStore<CustomerRow>('customers', { by: 'code', direction: 'asc' }),
  suppliers: createListStore<SupplierRow>('suppliers', { by: 'code', direction: 'asc' }),
  agreements: createListStore<AgreementRow>('agreements', { by: 'code', direction: 'asc' }),
  targets: createListStore<TargetRow>('targets', { by: 'code', direction: 'asc' }),
  reviews: createListStore<ReviewRow>('reviews', { by: 'reviewDate', direction: 'desc' }),
} satisfies Record<RegisterId, unknown>;

// Another workspace opened from the Electron File menu: every list starts afresh, and whatever was
// fetched from the old workspace is fetched again from the new one.
const workspaceKey = (summary: ReturnType<typeof useWorkspaceStore.getState>['summary']) =>
  summary ? `${summary.fileName}|${summary.engagement.createdAt}` : '';
let openWorkspace = workspaceKey(useWorkspaceStore.getState().summary);
useWorkspaceStore.subscribe((state) => {
  const key = workspaceKey(state.summary);
  if (key === openWorkspace) return;
  const first = openWorkspace === '';
  openWorkspace = key;
  if (first) return;
  for (const store of Object.values(listStores)) store.getState().reset();
  useRegisterData.getState().replaced();
});
