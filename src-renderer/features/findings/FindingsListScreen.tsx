import { useEffect } from 'react';
import type { FindingStatus, FindingType } from '../../../src-main/api/schemas/findings';
import { ScreenHeader } from '../../shared/components/ScreenHeader';
import { StatusChip } from '../../shared/components/StatusChip';
import { PlusIcon } from '../../shared/components/icons';
import { formatCalendarDate } from '../../shared/format/calendar-date';
import {
  actionStatusLabels,
  findingHref,
  findingStatusIds,
  findingStatusLabels,
  findingTypeIds,
  findingTypeLabels,
  findingTypeShort,
  findingTypeTones,
  newFindingHref,
} from './finding-labels';
import { useFindingsStore } from './findings-store';

const findingTypeSingular: Record<FindingType, string> = {
  major_nc: 'major nonconformity',
  minor_nc: 'minor nonconformity',
  observation: 'observation',
  opportunity: 'opportunity for improvement',
};

const findingTypePlural: Record<FindingType, string> = {
  major_nc: 'major nonconformities',
  minor_nc: 'minor nonconformities',
  observation: 'observations',
  opportunity: 'opportunities for improvement',
};

function OpenCounts() {
  const openByType = useFindingsStore((state) => state.openByType);
  const type = useFindingsStore((state) => state.type);
  if (!openByType) return null;
  return (
    <ul className="finding-counts" aria-label="Open findings by type">
      {findingTypeIds.map((id) => (
        <li key={id}>
          <button
            type="button"
            className={type === id ? 'finding-count finding-count--active' : 'finding-count'}
            aria-pressed={type === id}
            onClick={() => {
              const store = useFindingsStore.getState();
              if (type === id) store.setType('');
              else {
                useFindingsStore.setState({ findingStatus: 'open' });
                store.setType(id);
              }
            }}
          >
            <span className={`finding-count__value finding-count__value--${findingTypeTones[id]}`}>
              {openByType[id]}
            </span>
            <span className="finding-count__label">
              open {(openByType[id] === 1 ? findingTypeSingular : findingTypePlural)[id]}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Findings with their open counts by type, filtered by type and status. */
export function FindingsListScreen() {
  const findings = useFindingsStore((state) => state.findings);
  const status = useFindingsStore((state) => state.status);
  const failure = useFindingsStore((state) => state.failure);
  const type = useFindingsStore((state) => state.type);
  const findingStatus = useFindingsStore((state) => state.findingStatus);

  useEffect(() => {
    void useFindingsStore.getState().refresh();
  }, []);

  const filtered = type !== '' || findingStatus !== '';
  // Grouped by severity: major first, then by code within a type.
  const rows = [...findings].sort(
    (a, b) => findingTypeIds.indexOf(a.type) - findingTypeIds.indexOf(b.type) || a.code.localeCompare(b.code),
  );

  return (
    <div className="list-screen">
      <ScreenHeader
        title="Findings"
        description={
          <>
            Nonconformities, observations and opportunities for improvement, each with its corrective action
            through to closure.{' '}
            <abbr className="clause-ref" title="Nonconformity and corrective action">
              10.1
            </abbr>
          </>
        }
        aside={
          <a className="button button--primary" href={newFindingHref}>
            <PlusIcon />
            New finding
          </a>
        }
      />
      <OpenCounts />
      <div className="list-toolbar" role="search" aria-label="Filter findings">
        <label className="filter-select">
          <span className="filter-select__label" aria-hidden="true">
            Type
          </span>
          <select
            aria-label="Type"
            className="input input--select filter-select__control"
            value={type}
            onChange={(event) => useFindingsStore.getState().setType(event.target.value as FindingType | '')}
          >
            <option value="">All types</option>
            {findingTypeIds.map((id) => (
              <option key={id} value={id}>
                {findingTypeLabels[id]}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-select">
          <span className="filter-select__label" aria-hidden="true">
            Status
          </span>
          <select
            aria-label="Status"
            className="input input--select filter-select__control"
            value={findingStatus}
            onChange={(event) =>
              useFindingsStore.getState().setStatus(event.target.value as FindingStatus | '')
            }
          >
            <option value="">Open and closed</option>
            {findingStatusIds.map((id) => (
              <option key={id} value={id}>
                {findingStatusLabels[id]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="list-count" aria-live="polite" data-testid="list-count">
        {status === 'ready' ? `${rows.length} finding${rows.length === 1 ? '' : 's'}` : ''}
      </p>
      {status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <strong>The findings could not be listed.</strong> {failure}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void useFindingsStore.getState().refresh()}
          >
            Try again
          </button>
        </div>
      ) : rows.length === 0 && status === 'ready' ? (
        <div className="list-empty">
          {filtered ? (
            <>
              <p className="list-empty__title">No findings match</p>
              <p className="list-empty__text">Choose another type or status.</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  useFindingsStore.setState({ type: '', findingStatus: '' });
                  void useFindingsStore.getState().refresh();
                }}
              >
                Show all findings
              </button>
            </>
          ) : (
            <>
              <p className="list-empty__title">No findings yet</p>
              <p className="list-empty__text">
                Raise a finding for each gap the assessment shows, so it is tracked to closure.
              </p>
              <a className="button button--primary" href={newFindingHref}>
                <PlusIcon />
                New finding
              </a>
            </>
          )}
        </div>
      ) : (
        <div className="register-table__scroll evidence-table__scroll">
          <table className="register-table" aria-label="Findings">
            <colgroup>
              <col style={{ width: '34%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '9%' }} />
              <col style={{ width: '19%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '14%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="register-table__head">
                  Finding
                </th>
                <th scope="col" className="register-table__head">
                  Type
                </th>
                <th scope="col" className="register-table__head">
                  Status
                </th>
                <th scope="col" className="register-table__head">
                  Corrective action
                </th>
                <th scope="col" className="register-table__head">
                  Due
                </th>
                <th scope="col" className="register-table__head">
                  Raised
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((finding) => (
                <tr key={finding.id} className="register-table__row">
                  <td className="register-table__cell">
                    <a className="register-table__link" href={findingHref(finding.id)} title={finding.title}>
                      <span className="evidence-table__code">{finding.code}</span> {finding.title}
                    </a>
                  </td>
                  <td className="register-table__cell">
                    <StatusChip
                      label={findingTypeShort[finding.type]}
                      tone={findingTypeTones[finding.type]}
                    />
                  </td>
                  <td className="register-table__cell">
                    <StatusChip
                      label={findingStatusLabels[finding.status]}
                      tone={finding.status === 'closed' ? 'success' : 'neutral'}
                    />
                  </td>
                  <td className="register-table__cell">
                    {finding.correctiveAction.description ? (
                      <>
                        {actionStatusLabels[finding.correctiveAction.status]}
                        {finding.correctiveAction.owner ? ` · ${finding.correctiveAction.owner}` : ''}
                      </>
                    ) : (
                      <span className="cell-missing">None yet</span>
                    )}
                  </td>
                  <td className="register-table__cell">
                    {finding.correctiveAction.dueDate ? (
                      formatCalendarDate(finding.correctiveAction.dueDate)
                    ) : (
                      <span className="cell-missing">—</span>
                    )}
                  </td>
                  <td className="register-table__cell">{formatCalendarDate(finding.raisedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
