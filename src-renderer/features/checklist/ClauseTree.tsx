import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AssessmentRow, ClauseProgress } from '../../../src-main/api/schemas/assessment';
import type { Clause, ClauseLibrary } from '../../../src-main/api/schemas/clause-library';
import { clauseHolds, statusMeta } from './checklist-model';
import { goToItem } from './checklist-route';
import { ReadinessBadge } from './ReadinessBadge';
import { clauseTallyKey, itemTallyKey, type ReadinessTallies } from './readiness-tally';

interface ClauseTreeProps {
  library: ClauseLibrary;
  progress: ReadonlyMap<string, ClauseProgress>;
  /** The items passing the filters, by id; others are not shown. */
  rows: ReadonlyMap<string, AssessmentRow>;
  /** Readiness findings per clause (rolled up) and per item; empty until the checks have run. */
  readiness: ReadinessTallies;
  selectedItemId: string | null;
}

/** One visible row of the tree, in display order. */
interface Node {
  key: string;
  kind: 'clause' | 'item';
  level: number;
  parentKey: string | null;
  /** Clause nodes: whether they have anything below them. */
  expandable: boolean;
  itemId?: string;
}

const clauseKey = (number: string) => `clause:${number}`;
const itemKey = (id: string) => `item:${id}`;
const domId = (key: string) => `ctree-${key.replace(/[^A-Za-z0-9-]/g, '_')}`;

/** The clause keys above an item, so it can be revealed. */
function ancestorKeys(library: ClauseLibrary, itemId: string): string[] {
  const search = (clauses: Clause[], path: string[]): string[] | null => {
    for (const clause of clauses) {
      const here = [...path, clauseKey(clause.number)];
      if (clause.items.some((item) => item.id === itemId)) return here;
      const below = search(clause.clauses, here);
      if (below) return below;
    }
    return null;
  };
  return search(library.clauses, []) ?? [];
}

/**
 * The clause tree of the checklist, after the ARIA tree pattern: one tab stop, arrows move, Right
 * opens a clause or enters it, Left closes it or goes up, Enter or a click shows an item.
 */
export function ClauseTree({ library, progress, rows, readiness, selectedItemId }: ClauseTreeProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const shownIds = useMemo(() => new Set(rows.keys()), [rows]);

  // Reveal the selected item: open the clauses above it and make it the tree's tab stop.
  const [revealed, setRevealed] = useState<string | null>(null);
  if (selectedItemId && revealed !== selectedItemId) {
    setRevealed(selectedItemId);
    const above = ancestorKeys(library, selectedItemId);
    if (!above.every((key) => expanded.has(key))) setExpanded(new Set([...expanded, ...above]));
    setFocusKey(itemKey(selectedItemId));
  }

  useEffect(() => {
    if (!selectedItemId) return;
    document.getElementById(domId(itemKey(selectedItemId)))?.scrollIntoView({ block: 'nearest' });
  }, [selectedItemId, expanded]);

  const visible = useMemo(() => {
    const nodes: Node[] = [];
    const walk = (clause: Clause, level: number, parentKey: string | null) => {
      if (!clauseHolds(clause, shownIds)) return;
      const key = clauseKey(clause.number);
      nodes.push({ key, kind: 'clause', level, parentKey, expandable: true });
      if (!expanded.has(key)) return;
      for (const item of clause.items) {
        if (shownIds.has(item.id)) {
          nodes.push({
            key: itemKey(item.id),
            kind: 'item',
            level: level + 1,
            parentKey: key,
            expandable: false,
            itemId: item.id,
          });
        }
      }
      for (const child of clause.clauses) walk(child, level + 1, key);
    };
    for (const clause of library.clauses) walk(clause, 1, null);
    return nodes;
  }, [library, expanded, shownIds]);

  const tabStop = visible.some((node) => node.key === focusKey) ? focusKey : (visible[0]?.key ?? null);

  const toggle = (key: string, open?: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open ?? !next.has(key)) next.add(key);
      else next.delete(key);
      return next;
    });

  const moveFocus = (key: string) => {
    setFocusKey(key);
    // After React has rendered the new tab stop.
    requestAnimationFrame(() => document.getElementById(domId(key))?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = visible.findIndex((node) => node.key === tabStop);
    const node = visible[index];
    if (!node) return;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (visible[index + 1]) moveFocus(visible[index + 1]!.key);
        break;
      case 'ArrowUp':
        if (index > 0) moveFocus(visible[index - 1]!.key);
        break;
      case 'Home':
        moveFocus(visible[0]!.key);
        break;
      case 'End':
        moveFocus(visible.at(-1)!.key);
        break;
      case 'ArrowRight':
        if (node.kind === 'clause') {
          if (!expanded.has(node.key)) toggle(node.key, true);
          else if (visible[index + 1]?.parentKey === node.key) moveFocus(visible[index + 1]!.key);
        }
        break;
      case 'ArrowLeft':
        if (node.kind === 'clause' && expanded.has(node.key)) toggle(node.key, false);
        else if (node.parentKey) moveFocus(node.parentKey);
        break;
      case 'Enter':
      case ' ':
        if (node.kind === 'item' && node.itemId) goToItem(node.itemId);
        else toggle(node.key);
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const renderClause = (clause: Clause, level: number): React.ReactNode => {
    if (!clauseHolds(clause, shownIds)) return null;
    const key = clauseKey(clause.number);
    const open = expanded.has(key);
    const entry = progress.get(clause.number);
    const tally = readiness.get(clauseTallyKey(clause.number));
    const labelId = `${domId(key)}-label`;
    const descriptionId = `${domId(key)}-description`;
    const groupId = `${domId(key)}-group`;
    return (
      <li key={key} role="none" className={`ctree__node--clause ctree__node--level-${Math.min(level, 4)}`}>
        {/* The treeitem is the row alone and owns its group, so its visible text is its name. */}
        <div
          id={domId(key)}
          role="treeitem"
          aria-level={level}
          aria-expanded={open}
          aria-selected={false}
          aria-labelledby={labelId}
          aria-describedby={entry ? descriptionId : undefined}
          aria-owns={open ? groupId : undefined}
          tabIndex={tabStop === key ? 0 : -1}
          className="ctree__node ctree__row"
          onFocus={() => setFocusKey(key)}
          onClick={() => {
            setFocusKey(key);
            toggle(key);
          }}
        >
          <svg className="ctree__chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M6 4l4 4-4 4" />
          </svg>
          <span className="ctree__label" id={labelId}>
            <span className="ctree__number">{clause.number}</span>{' '}
            <span className="ctree__title">{clause.title}</span>
            {entry && <ClauseProgressText entry={entry} />}
            {tally && <ReadinessBadge tally={tally} />}
          </span>
          {entry && <ClauseProgressBar entry={entry} />}
          {entry && (
            <span className="visually-hidden" id={descriptionId}>
              {progressWords(entry)}
            </span>
          )}
        </div>
        {open && (
          <ul role="group" id={groupId} className="ctree__group">
            {clause.items.map((item) => {
              const row = rows.get(item.id);
              if (!row) return null;
              const ikey = itemKey(item.id);
              const meta = statusMeta(row.status);
              const itemTally = readiness.get(itemTallyKey(item.id));
              const selected = item.id === selectedItemId;
              return (
                <li
                  key={ikey}
                  id={domId(ikey)}
                  role="treeitem"
                  aria-level={level + 1}
                  aria-selected={selected}
                  tabIndex={tabStop === ikey ? 0 : -1}
                  className={
                    selected ? 'ctree__node ctree__item ctree__item--selected' : 'ctree__node ctree__item'
                  }
                  onFocus={(event) => {
                    if (event.target === event.currentTarget) setFocusKey(ikey);
                  }}
                  onClick={(event) => {
                    event.stopPropagation();
                    setFocusKey(ikey);
                    goToItem(item.id);
                  }}
                >
                  <span className={`ctree__dot ctree__dot--${row.status}`} aria-hidden="true" />
                  <span className="ctree__item-id">{item.id}</span>
                  <span className="ctree__summary">{item.summary}</span>
                  <span className="visually-hidden">, {meta.label}</span>
                  {row.weakEvidence && (
                    <span className="ctree__weak" title="Conforming without evidence">
                      <span className="visually-hidden">, without evidence</span>
                    </span>
                  )}
                  {itemTally && (
                    <>
                      <span className="visually-hidden">, </span>
                      <ReadinessBadge tally={itemTally} />
                    </>
                  )}
                </li>
              );
            })}
            {clause.clauses.map((child) => renderClause(child, level + 1))}
          </ul>
        )}
      </li>
    );
  };

  return (
    <ul
      ref={treeRef}
      role="tree"
      aria-label="Clauses and requirement items"
      className="ctree"
      onKeyDown={onKeyDown}
    >
      {library.clauses.map((clause) => renderClause(clause, 1))}
    </ul>
  );
}

function assessed(entry: ClauseProgress): number {
  return entry.total - entry.counts.not_assessed;
}

/** What the tree shows of a clause's progress: "7/12", and "2 NC" when any item is nonconforming. */
function ClauseProgressText({ entry }: { entry: ClauseProgress }) {
  const gaps = entry.counts.nonconforming;
  return (
    <span className="ctree__counts">
      {' '}
      <span className="ctree__assessed">
        {assessed(entry)}/{entry.total}
      </span>
      {gaps > 0 && (
        <>
          {' '}
          <span className="ctree__gaps" title={`${gaps} nonconforming`}>
            {gaps} NC
          </span>
        </>
      )}
    </span>
  );
}

/** The same in words, for the clause's accessible description. */
function progressWords(entry: ClauseProgress): string {
  const gaps = entry.counts.nonconforming;
  return `${assessed(entry)} of ${entry.total} assessed${gaps > 0 ? `, ${gaps} nonconforming` : ''}`;
}

function ClauseProgressBar({ entry }: { entry: ClauseProgress }) {
  const share = (count: number) => `${entry.total === 0 ? 0 : (count / entry.total) * 100}%`;
  return (
    <span className="ctree__bar" aria-hidden="true">
      <span
        className="ctree__bar-part ctree__bar-part--conforming"
        style={{ width: share(entry.counts.conforming) }}
      />
      <span
        className="ctree__bar-part ctree__bar-part--operated_by_other_party"
        style={{ width: share(entry.counts.operated_by_other_party) }}
      />
      <span
        className="ctree__bar-part ctree__bar-part--partially_conforming"
        style={{ width: share(entry.counts.partially_conforming) }}
      />
      <span
        className="ctree__bar-part ctree__bar-part--nonconforming"
        style={{ width: share(entry.counts.nonconforming) }}
      />
    </span>
  );
}
