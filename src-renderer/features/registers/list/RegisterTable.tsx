import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { navigateToHref } from '../../../app/router/hash-route';
import { detailHref } from '../model/register-routes';
import type { ListDefinition } from './list-definition';
import { rowAt, type ListStore, type SortState } from './list-store';

const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;

interface RegisterTableProps<Row> {
  definition: ListDefinition<Row>;
  useList: ListStore<Row>;
  /** The table's accessible name, e.g. "Suppliers". */
  label: string;
}

function nextSort(current: SortState, key: string): SortState {
  if (current.by !== key) return { by: key, direction: 'asc' };
  return { by: key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

function SortMark({ direction }: { direction: 'asc' | 'desc' | null }) {
  return (
    <svg
      className="sort-mark"
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
      data-direction={direction ?? 'none'}
    >
      <path className="sort-mark__up" d="M3.5 5l2.5-2.5L8.5 5" />
      <path className="sort-mark__down" d="M3.5 7l2.5 2.5L8.5 7" />
    </svg>
  );
}

/**
 * A register's rows as a table that draws only the rows in view (and a few around them): the
 * scroll area is sized from the total the core counted, and pages of rows are fetched as they come
 * into view, so 50,000 rows cost what 30 do. Arrow keys, Page Up/Down, Home and End move the
 * active row; Enter opens it (its name is a link).
 */
export function RegisterTable<Row extends { id: string }>({
  definition,
  useList,
  label,
}: RegisterTableProps<Row>) {
  const total = useList((state) => state.total) ?? 0;
  const pages = useList((state) => state.pages);
  const previous = useList((state) => state.previous);
  const sort = useList((state) => state.query.sort);
  const queryVersion = useList((state) => state.queryVersion);
  const version = useList((state) => state.version);
  const activeIndex = useList((state) => state.activeIndex);
  const loading = useList((state) => state.status === 'loading');
  const scrollRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const focusPending = useRef(false);
  const { register } = definition;

  // useVirtualizer hands back a mutable object; this component does not rely on memoising it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialOffset: () => useList.getState().scrollTop,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (last >= first) useList.getState().ensureRange(first, last);
  }, [useList, first, last, version]);

  // A new search, filter or sort starts at the top.
  const shownQuery = useRef(queryVersion);
  useEffect(() => {
    if (shownQuery.current === queryVersion) return;
    shownQuery.current = queryVersion;
    virtualizer.scrollToOffset(0);
  }, [queryVersion, virtualizer]);

  // Keep the scroll position for when the user comes back from a record.
  useEffect(() => {
    const element = scrollRef.current;
    return () => {
      if (element) useList.getState().rememberScroll(element.scrollTop);
    };
  }, [useList]);

  // After a key moved the active row, focus its link once the row is drawn and loaded.
  useEffect(() => {
    if (!focusPending.current) return;
    const link = scrollRef.current?.querySelector<HTMLElement>(
      `tr[data-index="${activeIndex}"] [data-row-link]`,
    );
    if (link) {
      focusPending.current = false;
      link.focus({ preventScroll: true });
    }
  }, [activeIndex, first, last, pages]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    focusPending.current = true;
    useList.getState().setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || total === 0) return;
    const pageRows = Math.max(
      1,
      Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageRows,
      PageUp: activeIndex - pageRows,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  const onFocus = (event: { target: EventTarget }) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    if (row) useList.getState().setActiveIndex(Number(row.dataset.index));
  };

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, row: Row | undefined) => {
    if (!row || (event.target as HTMLElement).closest('a, button')) return;
    navigateToHref(detailHref(register, row.id));
  };

  const drawn = items.map((item) => item.index);
  // Only one row is a Tab stop: the active one, or the first drawn when the active one scrolled away.
  const tabStop = drawn.includes(activeIndex) ? activeIndex : first;
  const spacerTop = (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  const spacerBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? HEADER_HEIGHT));
  const { columns, linkColumn } = definition;

  return (
    <div className="register-table__scroll" ref={scrollRef}>
      <table
        className="register-table"
        aria-label={label}
        aria-describedby={hintId}
        aria-rowcount={total + 1}
        aria-busy={loading || undefined}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const sorted = column.sortKey !== undefined && sort.by === column.sortKey;
              const className = column.numeric
                ? 'register-table__head register-table__head--numeric'
                : 'register-table__head';
              if (!column.sortKey) {
                return (
                  <th key={column.id} scope="col" className={className}>
                    {column.header}
                  </th>
                );
              }
              const sortKey = column.sortKey;
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={className}
                  aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => useList.getState().setSort(nextSort(sort, sortKey))}
                  >
                    {column.header}
                    <SortMark direction={sorted ? sort.direction : null} />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown} onFocus={onFocus}>
          {spacerTop > 0 && (
            <tr aria-hidden="true" className="register-table__spacer">
              <td colSpan={columns.length} style={{ height: spacerTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rowAt({ pages, previous }, item.index);
            const active = item.index === activeIndex;
            return (
              <tr
                key={item.index}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={active ? 'register-table__row register-table__row--active' : 'register-table__row'}
                onClick={(event) => onRowClick(event, row)}
              >
                {columns.map((column) => (
                  <td
                    key={column.id}
                    className={
                      column.numeric
                        ? 'register-table__cell register-table__cell--numeric'
                        : 'register-table__cell'
                    }
                  >
                    {!row ? (
                      <span
                        className="register-table__placeholder"
                        aria-label={column.id === linkColumn ? 'Loading' : undefined}
                      />
                    ) : column.id === linkColumn ? (
                      <a
                        className="register-table__link"
                        href={detailHref(register, row.id)}
                        data-row-link=""
                        tabIndex={item.index === tabStop ? 0 : -1}
                      >
                        {definition.linkText(row)}
                      </a>
                    ) : (
                      column.cell?.(row)
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
          {spacerBottom > 0 && (
            <tr aria-hidden="true" className="register-table__spacer">
              <td colSpan={columns.length} style={{ height: spacerBottom }} />
            </tr>
          )}
        </tbody>
      </table>
      <p className="visually-hidden" id={hintId}>
        Arrow keys move between rows; Enter opens the row.
      </p>
    </div>
  );
}
