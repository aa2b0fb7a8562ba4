import { useEffect, type ReactNode } from 'react';
import { formatCalendarDate } from '../../../shared/format/calendar-date';
import { detailHref } from '../model/register-routes';
import type { RegisterId } from '../model/registers';
import { optionText, useOptionLabels } from '../state/option-labels-store';

export function NotRecorded({ children = 'Not recorded' }: { children?: string }) {
  return <span className="facts__muted">{children}</span>;
}

export type FactRow = readonly [label: string, value: ReactNode, wide?: 'wide'];

/** A record's fields as label–value rows; `wide` rows put long text under its label. */
export function Facts({ rows }: { rows: readonly FactRow[] }) {
  return (
    <dl className="facts">
      {rows.map(([label, value, wide]) => (
        <div className={wide ? 'facts__row facts__row--block' : 'facts__row'} key={label}>
          <dt>{label}</dt>
          <dd className={wide ? 'facts__prose' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function TextValue({ value, empty }: { value: string; empty?: string }) {
  return value.trim() ? <>{value}</> : <NotRecorded>{empty}</NotRecorded>;
}

export function DateValue({ date, empty }: { date: string | null; empty?: string }) {
  return date ? <>{formatCalendarDate(date)}</> : <NotRecorded>{empty}</NotRecorded>;
}

/** A link to another record, named by its code and name once they are known. */
export function RecordLink({ register, id }: { register: RegisterId; id: string }) {
  const option = useOptionLabels((state) => state.labels[id]);
  useEffect(() => useOptionLabels.getState().ensure(register, [id]), [register, id]);
  if (option === null) return <span className="facts__muted">{optionText(option, id)}</span>;
  return <a href={detailHref(register, id)}>{optionText(option, id)}</a>;
}

export function RecordLinks({
  register,
  ids,
  empty,
}: {
  register: RegisterId;
  ids: readonly string[];
  empty?: string;
}) {
  if (ids.length === 0) return <NotRecorded>{empty ?? 'None'}</NotRecorded>;
  return (
    <ul className="link-list">
      {ids.map((id) => (
        <li key={id}>
          <RecordLink register={register} id={id} />
        </li>
      ))}
    </ul>
  );
}

interface MiniTableProps {
  /** The table's accessible name. */
  label: string;
  columns: readonly { header: string; numeric?: boolean; width?: string }[];
  rows: readonly (readonly ReactNode[])[];
  empty: string;
}

/** A short table of a record's own entries: contacts, components, actions. */
export function MiniTable({ label, columns, rows, empty }: MiniTableProps) {
  if (rows.length === 0) return <p className="card__empty">{empty}</p>;
  return (
    <div className="mini-table__scroll">
      <table className="mini-table" aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={column.numeric ? 'mini-table__numeric' : undefined}
                style={column.width ? { width: column.width } : undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, index) => (
            <tr key={index}>
              {cells.map((cell, column) => (
                <td key={column} className={columns[column]?.numeric ? 'mini-table__numeric' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
