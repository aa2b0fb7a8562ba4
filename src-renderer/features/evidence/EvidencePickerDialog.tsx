import { useEffect, useId, useState } from 'react';
import type { Evidence } from '../../../src-main/api/schemas/evidence';
import { failureMessage } from '../../api/api-error';
import { api } from '../../api/client';
import { Dialog } from '../../shared/components/Dialog';
import { formatByteSize } from '../../shared/format/byte-size';
import { formatCalendarDate } from '../../shared/format/calendar-date';
import { linkSummary, mediaTypeLabel } from './evidence-format';
import './evidence.css';

const SEARCH_DELAY_MS = 120;

interface EvidencePickerDialogProps {
  title: string;
  /** Files already linked: shown, ticked and disabled, so a search for them does not come up empty. */
  linkedIds: readonly string[];
  /** Links the chosen files; a rejection is shown in the dialog, which stays open. */
  onLink(evidenceIds: readonly string[]): Promise<void>;
  onDismiss(): void;
}

/** "linked to 2 items · 1 record", or "not linked yet". */
function linkedTo(evidence: Evidence): string {
  return evidence.items.length + evidence.records.length === 0
    ? 'not linked yet'
    : `linked to ${linkSummary(evidence)}`;
}

type Listing =
  | { kind: 'loading' }
  | { kind: 'ready'; rows: Evidence[]; search: string }
  | { kind: 'failed'; message: string };

/** Chooses files of the evidence library, found by words in their name, description or code. */
export function EvidencePickerDialog({ title, linkedIds, onLink, onDismiss }: EvidencePickerDialogProps) {
  const [searchText, setSearchText] = useState('');
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  // Kept across searches, so files found by different words can be linked together.
  const [chosen, setChosen] = useState<ReadonlyMap<string, Evidence>>(() => new Map());
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const searchId = useId();
  const countId = useId();

  useEffect(() => {
    let current = true;
    const search = searchText.trim();
    const timer = setTimeout(
      () => {
        api.call('evidence.list', { search }).then(
          (rows) => current && setListing({ kind: 'ready', rows, search }),
          (error: unknown) => current && setListing({ kind: 'failed', message: failureMessage(error) }),
        );
      },
      search === '' ? 0 : SEARCH_DELAY_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [searchText]);

  const toggle = (evidence: Evidence, on: boolean) =>
    setChosen((previous) => {
      const next = new Map(previous);
      if (on) next.set(evidence.id, evidence);
      else next.delete(evidence.id);
      return next;
    });

  const link = async () => {
    setWorking(true);
    setFailure(null);
    try {
      await onLink([...chosen.keys()]);
    } catch (error) {
      setWorking(false);
      setFailure(failureMessage(error));
    }
  };

  const count = chosen.size;
  const rows = listing.kind === 'ready' ? listing.rows : [];
  return (
    <Dialog
      title={title}
      onDismiss={onDismiss}
      dismissable={!working}
      actions={
        <>
          <span
            className="dialog__actions-note evidence-picker__chosen"
            aria-live="polite"
            title={[...chosen.values()].map((file) => `${file.code} ${file.fileName}`).join('\n')}
          >
            {count === 0
              ? 'No file chosen'
              : `Chosen: ${[...chosen.values()].map((file) => file.code).join(', ')}`}
          </span>
          <button type="button" className="button" onClick={onDismiss} disabled={working}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void link()}
            disabled={working || count === 0}
          >
            {working ? 'Linking…' : count > 1 ? `Link ${count} files` : 'Link file'}
          </button>
        </>
      }
    >
      <div className="search-box evidence-picker__search">
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
          aria-describedby={countId}
          data-autofocus=""
          onChange={(event) => setSearchText(event.target.value)}
        />
      </div>
      <p className="evidence-picker__count" id={countId} aria-live="polite">
        {listing.kind === 'ready' &&
          (rows.length === 0
            ? listing.search
              ? `No file matches “${listing.search}”.`
              : 'The evidence library is empty: add a file instead.'
            : `${rows.length} file${rows.length === 1 ? '' : 's'}${listing.search ? ` matching “${listing.search}”` : ''}`)}
      </p>
      {/* A steady height, so the dialog does not jump while the search narrows the list. */}
      <div className="evidence-picker__results">
        {listing.kind === 'loading' && <p className="card__empty">Loading the evidence library…</p>}
        {listing.kind === 'failed' && (
          <p className="notice notice--error" role="alert">
            The evidence could not be listed. {listing.message}
          </p>
        )}
        {rows.length > 0 && (
          <ul className="evidence-picker__list" aria-label="Evidence files">
            {rows.map((evidence) => {
              const linked = linkedIds.includes(evidence.id);
              const boxId = `${searchId}-${evidence.id}`;
              return (
                <li key={evidence.id} className="evidence-picker__row">
                  <input
                    id={boxId}
                    type="checkbox"
                    className="checkbox"
                    checked={linked || chosen.has(evidence.id)}
                    disabled={linked || working}
                    aria-describedby={`${boxId}-meta`}
                    onChange={(event) => toggle(evidence, event.target.checked)}
                  />
                  <label htmlFor={boxId} className="evidence-picker__label">
                    <span className="evidence-picker__name">
                      <span className="evidence-picker__code">{evidence.code}</span> {evidence.fileName}
                    </span>
                    <span className="evidence-picker__meta" id={`${boxId}-meta`}>
                      {linked
                        ? 'Already linked'
                        : [
                            mediaTypeLabel(evidence.mediaType),
                            formatByteSize(evidence.sizeBytes),
                            evidence.effectiveDate
                              ? `effective ${formatCalendarDate(evidence.effectiveDate)}`
                              : null,
                            linkedTo(evidence),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </Dialog>
  );
}
