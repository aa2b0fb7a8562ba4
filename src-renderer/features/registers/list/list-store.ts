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
  /** What is in the search box; the list searches for it as it is typed. */
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
  /**
   * The search box changed: the list searches for the new text at once, or, while an earlier
   * search is still on its way, as soon as that answer is in (only the latest text is sent).
   */
  typeSearch(text: string): void;
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
  let inFlight = new Map<number, Promise<void>>();
  let range = { start: 0, end: 0 };
  /** A search asked for while another was on its way: sent when that one's answer is in. */
  let waitingSearch: string | null = null;
  let searching = false;
  /** The data epoch `all` was counted at: the whole register is counted again only after a change. */
  let allCountedAt = -1;

  return create<ListState<Row>>()((set, get) => {
    const fetchPage = (page: number): Promise<void> => {
      const pending = inFlight.get(page);
      if (pending) return pending;
      if (get().pages[page]) return Promise.resolve();
      const requested = generation;
      const { query } = get();
      const epoch = useRegisterData.getState().epoch;
      const fetched = api
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
          if (!isFiltered(query)) allCountedAt = epoch;
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
      inFlight.set(page, fetched);
      return fetched;
    };

    /** Fetches the pages of the range not yet fetched; resolves when they are in (or failed). */
    const fetchRange = (): Promise<unknown> => {
      const last = Math.max(range.start, range.end);
      const pages: Promise<void>[] = [];
      for (let page = Math.floor(range.start / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page += 1) {
        pages.push(fetchPage(page));
      }
      return Promise.all(pages);
    };

    /** Counts the whole register, for "3 of 120" beside a list narrowed by search or filters. */
    const countAll = () => {
      const epoch = useRegisterData.getState().epoch;
      if (get().all !== null && allCountedAt === epoch) return;
      allCountedAt = epoch;
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
        .catch(() => {
          allCountedAt = -1;
        });
    };

    /** Drops the pages (keeping them as `previous`) and fetches again; resolves when the rows are in. */
    const restart = (query: ListQuery | null): Promise<unknown> => {
      generation += 1;
      inFlight = new Map();
      set((state) => ({
        query: query ?? state.query,
        previous: Object.keys(state.pages).length > 0 ? state.pages : state.previous,
        pages: {},
        status: 'loading',
        version: state.version + 1,
        ...(query ? { queryVersion: state.queryVersion + 1, activeIndex: 0, scrollTop: 0 } : {}),
      }));
      if (query) range = { start: 0, end: Math.max(0, range.end - range.start) };
      const fetched = fetchRange();
      if (isFiltered(get().query)) countAll();
      return fetched;
    };

    const changeQuery = (change: Partial<ListQuery>) => restart({ ...get().query, ...change });

    /**
     * Searches as the user types, with no pause to wait out: one search on its way at a time, and
     * the text typed meanwhile sent when its answer is in, so a fast typist or a busy core never
     * piles up searches for text that is already gone from the box.
     */
    const search = (text: string) => {
      if (searching) {
        waitingSearch = text;
        return;
      }
      waitingSearch = null;
      if (text === get().query.search) return;
      searching = true;
      void changeQuery({ search: text }).finally(() => {
        searching = false;
        if (waitingSearch !== null) search(waitingSearch);
      });
    };

    /** Replaces the query outright (a link, Clear): a search still waiting to be sent is dropped. */
    const replaceQuery = (change: Partial<ListQuery>) => {
      waitingSearch = null;
      set({ searchText: change.search ?? get().searchText });
      void changeQuery(change);
    };

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
        search(text.trim());
      },
      setFilter(key, value) {
        const { [key]: _dropped, ...rest } = get().query.filters;
        void changeQuery({ filters: value === null || value === '' ? rest : { ...rest, [key]: value } });
      },
      show(filters) {
        replaceQuery({ search: '', filters });
      },
      clearQuery() {
        replaceQuery({ search: '', filters: {} });
      },
      setSort(sort) {
        void changeQuery({ sort });
      },
      ensureRange(start, end) {
        range = { start, end };
        void fetchRange();
      },
      refresh() {
        void restart(null);
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
        waitingSearch = null;
        allCountedAt = -1;
        // A list never shown has nothing to fetch again: it fetches when it is first shown.
        if (get().status === 'idle') set({ query });
        else void restart(query);
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
