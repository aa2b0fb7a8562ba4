import { useId } from 'react';
import type { AssessmentStatus } from '../../../src-main/api/schemas/assessment';
import { statusMetas } from './checklist-model';
import { filtersActive, noFilters, useChecklistStore } from './checklist-store';

/** Filters of the clause tree: status, owner, and items with no evidence at all. */
export function ChecklistToolbar() {
  const id = useId();
  const filters = useChecklistStore((state) => state.filters);
  const owners = useChecklistStore((state) => state.list?.owners ?? []);
  const shown = useChecklistStore((state) => state.list?.items.length ?? 0);
  const total = useChecklistStore((state) => state.progress?.overall.total ?? 0);
  const setFilters = useChecklistStore((state) => state.setFilters);

  return (
    <div className="checklist-toolbar" role="group" aria-label="Filter items">
      <div className="filter-select">
        <label className="filter-select__label" htmlFor={`${id}-status`}>
          Status
        </label>
        <select
          id={`${id}-status`}
          className="input input--select filter-select__control"
          value={filters.status ?? ''}
          onChange={(event) =>
            setFilters({ status: (event.target.value || null) as AssessmentStatus | null })
          }
        >
          <option value="">Any</option>
          {statusMetas.map((meta) => (
            <option key={meta.status} value={meta.status}>
              {meta.label}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-select">
        <label className="filter-select__label" htmlFor={`${id}-owner`}>
          Owner
        </label>
        <select
          id={`${id}-owner`}
          className="input input--select filter-select__control"
          value={filters.owner ?? ''}
          onChange={(event) => setFilters({ owner: event.target.value || null })}
        >
          <option value="">Anyone</option>
          {owners.map((owner) => (
            <option key={owner} value={owner}>
              {owner}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="filter-chip"
        aria-pressed={filters.withoutEvidence}
        onClick={() => setFilters({ withoutEvidence: !filters.withoutEvidence })}
      >
        <svg className="filter-chip__check" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 8.5l2.5 2.5L12 5.5" />
        </svg>
        Has no evidence
      </button>
      {filtersActive(filters) && (
        <button
          type="button"
          className="link-button list-toolbar__clear"
          onClick={() => setFilters(noFilters)}
        >
          Clear filters
        </button>
      )}
      <p className="checklist-toolbar__count" aria-live="polite" data-testid="checklist-count">
        {filtersActive(filters) ? `${shown} of ${total} items` : `${total} items`}
      </p>
    </div>
  );
}
