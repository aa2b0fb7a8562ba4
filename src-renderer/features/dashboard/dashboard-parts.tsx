import type { ReactNode } from 'react';

export type Tone = 'danger' | 'warning' | 'accent' | 'success' | 'neutral';

/** "1 day", "3 days": a count with its noun. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}

export interface TallyEntry {
  label: string;
  count: number;
  /** The colour a non-zero count takes; a zero stays quiet. */
  tone: Tone;
}

/** A row of counts, each a large number over a short label: "7 Overdue · 5 Next 30 days". */
export function Tally({ entries, label }: { entries: readonly TallyEntry[]; label: string }) {
  return (
    <dl className="tally" aria-label={label}>
      {entries.map((entry) => (
        <div
          key={entry.label}
          className={entry.count > 0 ? `tally__item tally__item--${entry.tone}` : 'tally__item'}
        >
          <dt>{entry.label}</dt>
          <dd>{entry.count.toLocaleString('en-GB')}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface RecordRow {
  key: string;
  href: string;
  code: string;
  name: string;
  /** A second line: the counterparty, the agreement, the kind of record. */
  detail: ReactNode;
  /** What stands out, in words: "58 days overdue", "ends in 38 days", "99.71%". */
  when: string;
  /** Shown small under `when`: the date ("25 Sept 2026"), or the level a target asks for. */
  date: string;
  tone: Tone;
  onFollow?: () => void;
}

/** Records that need attention, each a link to the record, most pressing first. */
export function RecordList({ rows, label }: { rows: readonly RecordRow[]; label: string }) {
  return (
    <ul className="record-list" aria-label={label}>
      {rows.map((row) => (
        <li key={row.key} className="record-list__item">
          <div className="record-list__main">
            <a className="record-list__link" href={row.href} onClick={row.onFollow}>
              <span className="record-list__code">{row.code}</span> {row.name}
            </a>{' '}
            <span className="record-list__detail">{row.detail}</span>
          </div>
          <div className={`record-list__when record-list__when--${row.tone}`}>
            <span>{row.when}</span> <span className="record-list__date">{row.date}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Under a capped list: how many more there are, and where to see them all when there is such a place. */
export function MoreNote({ shown, total, children }: { shown: number; total: number; children?: ReactNode }) {
  if (total <= shown) return null;
  return (
    <p className="dash-note">
      Showing {shown} of {total.toLocaleString('en-GB')}.{children ? ' ' : ''}
      {children}
    </p>
  );
}

/** What an empty card says instead of a row of zeros. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="dash-empty">{children}</p>;
}
