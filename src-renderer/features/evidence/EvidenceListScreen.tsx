import { useEffect, useId, useRef, useState } from 'react';
import { useFileDrop } from '../../shared/use-file-drop';
import { ScreenHeader } from '../../shared/components/ScreenHeader';
import { UploadIcon } from '../../shared/components/icons';
import { formatByteSize } from '../../shared/format/byte-size';
import { formatCalendarDate } from '../../shared/format/calendar-date';
import { formatTimestamp } from '../../shared/format/timestamp';
import { AddOutcomes } from './AddOutcomes';
import { useEvidenceStore } from './evidence-store';
import { evidenceHref, linkSummary, mediaTypeLabel, shortHash } from './evidence-format';

const SEARCH_DELAY_MS = 120;
const addedDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

/** The evidence library: every file with its type, size, dates, links and fingerprint; add by picker or drop. */
export function EvidenceListScreen() {
  const rows = useEvidenceStore((state) => state.rows);
  const status = useEvidenceStore((state) => state.status);
  const failure = useEvidenceStore((state) => state.failure);
  const unlinked = useEvidenceStore((state) => state.unlinked);
  const adding = useEvidenceStore((state) => state.adding);
  const outcomes = useEvidenceStore((state) => state.outcomes);
  const [searchText, setSearchText] = useState(useEvidenceStore.getState().search);
  const fileInput = useRef<HTMLInputElement>(null);
  const searchId = useId();
  const fileInputId = useId();

  useEffect(() => {
    void useEvidenceStore.getState().refresh();
    // What was added is news only until the user moves on.
    return () => useEvidenceStore.getState().clearOutcomes();
  }, []);

  useEffect(() => {
    if (searchText.trim() === useEvidenceStore.getState().search.trim()) return;
    const timer = setTimeout(() => useEvidenceStore.getState().setSearch(searchText), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  const add = (files: FileList | readonly File[] | null) => {
    if (files && files.length > 0) void useEvidenceStore.getState().addFiles([...files]);
  };
  const { dropping, dropHandlers } = useFileDrop(add);

  const filtered = searchText.trim() !== '' || unlinked;
  const count = `${rows.length} file${rows.length === 1 ? '' : 's'}`;

  return (
    <div
      className={
        dropping ? 'list-screen evidence-screen evidence-screen--dropping' : 'list-screen evidence-screen'
      }
      {...dropHandlers}
    >
      <ScreenHeader
        title="Evidence"
        description={
          <>
            The documents and records that show each requirement is met, kept inside the workspace file with a
            SHA-256 fingerprint.{' '}
            <abbr className="clause-ref" title="Documented information">
              7.5
            </abbr>
          </>
        }
        aside={
          <div className="list-actions">
            <input
              ref={fileInput}
              id={fileInputId}
              type="file"
              multiple
              className="visually-hidden"
              tabIndex={-1}
              aria-label="Evidence files to add"
              onChange={(event) => {
                add(event.target.files);
                event.target.value = '';
              }}
            />
            <button
              type="button"
              className="button button--primary"
              disabled={adding}
              onClick={() => fileInput.current?.click()}
            >
              <UploadIcon />
              {adding ? 'Adding…' : 'Add files…'}
            </button>
          </div>
        }
      />
      <p className="evidence-drop-hint" aria-hidden={!dropping}>
        {dropping
          ? 'Drop the files to add them to the evidence library'
          : 'Or drop files anywhere on this screen. Up to 100 MiB each.'}
      </p>
      <div aria-live="polite">
        <AddOutcomes outcomes={outcomes} />
      </div>
      <div className="list-toolbar" role="search" aria-label="Search and filter evidence">
        <div className="search-box">
          <svg className="search-box__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="7" cy="7" r="4.5" />
            <path d="M10.5 10.5L14 14" />
          </svg>
          <label htmlFor={searchId} className="visually-hidden">
            Search evidence
          </label>
          <input
            id={searchId}
            className="input search-box__input"
            type="search"
            value={searchText}
            placeholder="Name, description or code"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <label className="checkbox-field">
          <input
            type="checkbox"
            className="checkbox"
            checked={unlinked}
            onChange={(event) => useEvidenceStore.getState().setUnlinked(event.target.checked)}
          />
          <span className="checkbox-field__label">Not linked to anything</span>
        </label>
      </div>
      <p className="list-count" aria-live="polite" data-testid="list-count">
        {status === 'ready' || rows.length > 0 ? count : ''}
      </p>
      {status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <strong>The evidence could not be listed.</strong> {failure}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void useEvidenceStore.getState().refresh()}
          >
            Try again
          </button>
        </div>
      ) : rows.length === 0 && status === 'ready' ? (
        <div className="list-empty">
          {filtered ? (
            <>
              <p className="list-empty__title">No evidence matches</p>
              <p className="list-empty__text">Try other words, or clear the search and filter.</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setSearchText('');
                  useEvidenceStore.setState({ search: '', unlinked: false });
                  void useEvidenceStore.getState().refresh();
                }}
              >
                Clear search and filter
              </button>
            </>
          ) : (
            <>
              <p className="list-empty__title">No evidence yet</p>
              <p className="list-empty__text">
                Add policies, procedures, records, screenshots and exports; each is stored once inside the
                workspace.
              </p>
            </>
          )}
        </div>
      ) : (
        <div className="register-table__scroll evidence-table__scroll">
          <table className="register-table evidence-table" aria-label="Evidence files">
            <colgroup>
              <col style={{ width: '31%' }} />
              <col style={{ width: '11%' }} />
              <col style={{ width: '8%' }} />
              <col style={{ width: '11%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '13%' }} />
              <col style={{ width: '14%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="register-table__head">
                  Name
                </th>
                <th scope="col" className="register-table__head">
                  Type
                </th>
                <th scope="col" className="register-table__head register-table__head--numeric">
                  Size
                </th>
                <th scope="col" className="register-table__head">
                  Added
                </th>
                <th scope="col" className="register-table__head">
                  Effective
                </th>
                <th scope="col" className="register-table__head">
                  Linked to
                </th>
                <th scope="col" className="register-table__head">
                  SHA-256
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="register-table__row">
                  <td className="register-table__cell">
                    <a className="register-table__link" href={evidenceHref(row.id)} title={row.fileName}>
                      <span className="evidence-table__code">{row.code}</span> {row.fileName}
                    </a>
                  </td>
                  <td className="register-table__cell">{mediaTypeLabel(row.mediaType)}</td>
                  <td className="register-table__cell register-table__cell--numeric">
                    {formatByteSize(row.sizeBytes)}
                  </td>
                  <td className="register-table__cell">
                    <span title={formatTimestamp(row.addedAt)}>
                      {addedDate.format(Date.parse(row.addedAt))}
                    </span>
                  </td>
                  <td className="register-table__cell">
                    {row.effectiveDate ? (
                      formatCalendarDate(row.effectiveDate)
                    ) : (
                      <span className="cell-missing">—</span>
                    )}
                  </td>
                  <td className="register-table__cell">{linkSummary(row)}</td>
                  <td className="register-table__cell">
                    <code className="evidence-hash" title={row.sha256}>
                      {shortHash(row.sha256)}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
