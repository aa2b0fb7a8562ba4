import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { parseRoute, useRoute } from '../../app/router/hash-route';
import { ScreenHeader } from '../../shared/components/ScreenHeader';
import { libraryItems } from './checklist-model';
import { goToItem } from './checklist-route';
import { useChecklistStore } from './checklist-store';
import { ChecklistToolbar } from './ChecklistToolbar';
import { ClauseTree } from './ClauseTree';
import { ItemDetail } from './ItemDetail';
import { readinessTallies, type ReadinessTallies } from './readiness-tally';
import { typesText } from './typing';
import './checklist.css';

/** The guided clause checklist: the clause tree with progress beside the selected item. */
export function ChecklistScreen() {
  const route = useRoute();
  const status = useChecklistStore((state) => state.status);
  const failure = useChecklistStore((state) => state.failure);
  const library = useChecklistStore((state) => state.library);
  const progress = useChecklistStore((state) => state.progress);
  const list = useChecklistStore((state) => state.list);
  const findings = useChecklistStore((state) => state.findings);
  const current = useChecklistStore((state) => state.current);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    void useChecklistStore.getState().load();
  }, []);

  const items = useMemo(() => (library ? libraryItems(library) : []), [library]);
  const requested = route.segments[0] ?? null;
  const located = items.find((entry) => entry.item.id === requested) ?? null;

  // No item in the address (or one the library lacks): go to the first item not assessed yet.
  useEffect(() => {
    if (!library || located) return;
    let current = true;
    api.call('assessments.nextUnassessed', {}).then(
      (next) => {
        // The user may have gone elsewhere meanwhile, perhaps before this screen saw it.
        const stillBare = parseRoute(window.location.hash).segments.length === 0;
        if (current && stillBare && parseRoute(window.location.hash).section === 'checklist')
          goToItem(next?.itemId ?? items[0]?.item.id ?? '', { replace: true });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [library, located, items]);

  const itemId = located?.item.id ?? null;
  useEffect(() => {
    if (itemId) useChecklistStore.getState().loadItem(itemId);
  }, [itemId]);

  const nextUnassessed = async () => {
    const next = await api.call('assessments.nextUnassessed', { afterItemId: itemId });
    if (!next) {
      setAnnouncement('Every item is assessed.');
      return;
    }
    setAnnouncement(next.wrapped ? `Started again from the top: ${next.itemId}.` : `Showing ${next.itemId}.`);
    goToItem(next.itemId);
    requestAnimationFrame(() => document.getElementById('item-heading')?.focus());
  };
  const nextRef = useRef(nextUnassessed);
  useEffect(() => {
    nextRef.current = nextUnassessed;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typesText(event.target)) return;
      if (event.key !== 'n' && event.key !== 'N') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      void nextRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const progressByClause = useMemo(
    () => new Map((progress?.clauses ?? []).map((entry) => [entry.number, entry])),
    [progress],
  );
  const rows = useMemo(() => new Map((list?.items ?? []).map((row) => [row.itemId, row])), [list]);
  // The one readiness run of this screen (see the store) feeds the tree's badges and the detail pane.
  const readiness = useMemo(
    (): ReadinessTallies => (library && findings ? readinessTallies(library, findings) : new Map()),
    [library, findings],
  );
  const clauseFindings = useMemo(() => {
    if (!findings || !located) return findings === null ? null : [];
    const number = located.clause.number;
    return findings
      .filter((finding) => finding.itemId === located.item.id || finding.clause === number)
      .sort((a, b) => Number(b.itemId === located.item.id) - Number(a.itemId === located.item.id));
  }, [findings, located]);

  const overall = progress?.overall;
  const assessedCount = overall ? overall.total - overall.counts.not_assessed : 0;

  return (
    <div className="checklist">
      <ScreenHeader
        title="Checklist"
        description={
          overall
            ? `${library?.title ?? 'ISO/IEC 20000-1:2018'}: ${assessedCount} of ${overall.total} requirement items assessed, ${overall.counts.nonconforming} nonconforming, ${overall.weakEvidence} conforming without evidence.`
            : 'The clause-by-clause assessment against ISO/IEC 20000-1:2018.'
        }
        aside={
          <div className="checklist__actions">
            <button
              type="button"
              className="button button--primary"
              aria-keyshortcuts="N"
              onClick={() => void nextUnassessed()}
              disabled={!library}
            >
              Next unassessed
              <kbd className="checklist__key" aria-hidden="true">
                N
              </kbd>
            </button>
          </div>
        }
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {status === 'failed' && (
        <p className="notice notice--error" role="alert">
          The checklist could not be loaded: {failure}
        </p>
      )}
      {library && (
        <>
          <ChecklistToolbar />
          <div className="checklist__panes">
            <nav className="checklist__tree" aria-label="Clauses">
              {rows.size === 0 && list ? (
                <p className="card__empty checklist__empty">No item matches these filters.</p>
              ) : (
                <ClauseTree
                  library={library}
                  progress={progressByClause}
                  rows={rows}
                  readiness={readiness}
                  selectedItemId={itemId}
                />
              )}
            </nav>
            <div className="checklist__detail">
              {located && current?.itemId === located.item.id && current.assessment ? (
                <ItemDetail
                  key={located.item.id}
                  located={located}
                  assessment={current.assessment}
                  owners={list?.owners ?? []}
                  findings={clauseFindings}
                />
              ) : current?.status === 'failed' ? (
                <p className="notice notice--error" role="alert">
                  This item could not be loaded: {current.failure}
                </p>
              ) : (
                <div className="checklist__loading" aria-busy="true" />
              )}
              <ShortcutHint />
            </div>
          </div>
        </>
      )}
    </div>
  );
}

function ShortcutHint() {
  return (
    <p className="shortcut-hint">
      Keys, when not typing: <kbd>1</kbd>–<kbd>5</kbd> set the status (in the order shown), <kbd>N</kbd> next
      unassessed item; in the tree, arrows move and <kbd>Enter</kbd> opens an item.
    </p>
  );
}
