import { useId } from 'react';
import { registers } from '../model/registers';
import type { ListDefinition } from './list-definition';
import type { ListStore } from './list-store';

interface ListToolbarProps<Row> {
  definition: ListDefinition<Row>;
  useList: ListStore<Row>;
}

/** Search box and filters above a register's table. */
export function ListToolbar<Row>({ definition, useList }: ListToolbarProps<Row>) {
  const searchText = useList((state) => state.searchText);
  const filters = useList((state) => state.query.filters);
  const searchId = useId();
  const { title } = registers[definition.register];

  const filtered = searchText.trim() !== '' || Object.keys(filters).length > 0;
  return (
    <div className="list-toolbar" role="search" aria-label={`Search and filter ${title.toLowerCase()}`}>
      <div className="search-box">
        <svg className="search-box__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="4.5" />
          <path d="M10.5 10.5L14 14" />
        </svg>
        <label htmlFor={searchId} className="visually-hidden">
          Search {title.toLowerCase()}
        </label>
        <input
          id={searchId}
          className="input search-box__input"
          type="search"
          value={searchText}
          placeholder={definition.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => useList.getState().typeSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && searchText !== '') {
              event.preventDefault();
              useList.getState().typeSearch('');
            }
          }}
        />
      </div>
      {definition.filters.map((filter) =>
        filter.kind === 'select' ? (
          <label key={filter.key} className="filter-select">
            <span className="filter-select__label" aria-hidden="true">
              {filter.label}
            </span>
            <select
              aria-label={filter.label}
              className="input input--select filter-select__control"
              value={filters[filter.key] ?? ''}
              onChange={(event) => useList.getState().setFilter(filter.key, event.target.value)}
            >
              <option value="">{filter.anyLabel}</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <button
            key={filter.key}
            type="button"
            className="filter-chip"
            aria-pressed={filters[filter.key] === 'yes'}
            onClick={() =>
              useList.getState().setFilter(filter.key, filters[filter.key] === 'yes' ? null : 'yes')
            }
          >
            <svg className="filter-chip__check" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 8.5l2.5 2.5L12 5.5" />
            </svg>
            {filter.label}
          </button>
        ),
      )}
      {filtered && (
        <button
          type="button"
          className="link-button list-toolbar__clear"
          onClick={() => useList.getState().clearQuery()}
        >
          Clear
        </button>
      )}
    </div>
  );
}
