import { useId } from 'react';
import { StatusChip, type Chip } from '../../../shared/components/StatusChip';
import type { ImportPreview, ImportReport } from './use-import';

const rowChips: Record<ImportPreview['rows'][number]['status'], Chip> = {
  create: { label: 'New', tone: 'accent' },
  update: { label: 'Update', tone: 'warning' },
  unchanged: { label: 'Unchanged', tone: 'neutral' },
  problem: { label: 'Problem', tone: 'danger' },
  unchecked: { label: 'Not checked', tone: 'neutral' },
};

interface MappingTableProps {
  preview: ImportPreview;
  disabled: boolean;
  onMap(index: number, key: string | null): void;
}

/** Each column of the file, its first value, and the register column it fills (or "Don't import"). */
export function ColumnMappingTable({ preview, disabled, onMap }: MappingTableProps) {
  const captionId = useId();
  const first = preview.rows[0]?.cells ?? [];
  return (
    <div className="import-table__scroll">
      <table className="mini-table import-table" aria-labelledby={captionId}>
        <caption id={captionId} className="visually-hidden">
          Columns of the file
        </caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">First value</th>
            <th scope="col">Import as</th>
          </tr>
        </thead>
        <tbody>
          {preview.fileColumns.map((column) => {
            const header = column.header === '' ? `Column ${column.index + 1}` : column.header;
            const value = preview.mapping[column.index] ?? '';
            return (
              <tr key={column.index} className={value === '' ? 'import-table__row--skipped' : undefined}>
                <th scope="row" className="import-table__header">
                  {header}
                </th>
                <td className="import-table__sample">{first[column.index] ?? ''}</td>
                <td className="import-table__choice">
                  <select
                    className="input input--select import-table__select"
                    aria-label={`Import column "${header}" as`}
                    value={value}
                    disabled={disabled}
                    onChange={(event) =>
                      onMap(column.index, event.target.value === '' ? null : event.target.value)
                    }
                  >
                    <option value="">Don’t import</option>
                    {preview.registerColumns.map((option) => (
                      <option key={option.key} value={option.key}>
                        {option.header}
                        {option.required ? ' (required)' : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The file's first rows as they would be imported: only the mapped columns, under the register's names. */
export function RowPreviewTable({ preview }: { preview: ImportPreview }) {
  const captionId = useId();
  const headers = new Map(preview.registerColumns.map((column) => [column.key, column.header]));
  const shown = preview.mapping.flatMap((key, index) =>
    key === null ? [] : [{ index, header: headers.get(key) ?? key }],
  );
  const troubled = new Set(preview.problems.map((problem) => problem.row));
  return (
    // Focusable, so the keyboard can scroll it sideways and down.
    <div
      className="import-table__scroll import-table__scroll--wide"
      role="region"
      aria-label="First rows of the file"
      tabIndex={0}
    >
      <table className="mini-table import-table" aria-labelledby={captionId}>
        <caption id={captionId} className="visually-hidden">
          First rows of the file
        </caption>
        <thead>
          <tr>
            <th scope="col" className="mini-table__numeric">
              Row
            </th>
            <th scope="col">Result</th>
            {shown.map((column) => (
              <th key={column.index} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.row} className={troubled.has(row.row) ? 'import-table__row--problem' : undefined}>
              <td className="mini-table__numeric">{row.row}</td>
              <td>
                <StatusChip {...rowChips[row.status]} />
              </td>
              {shown.map((column) => (
                <td key={column.index} className="import-table__cell">
                  {row.cells[column.index] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every problem the core reported, with the row and column it is in. */
export function ProblemList({ report }: { report: Pick<ImportReport, 'problems' | 'problemCount'> }) {
  const captionId = useId();
  const more = report.problemCount - report.problems.length;
  return (
    <div className="import-problems">
      <div
        className="import-table__scroll import-table__scroll--problems"
        role="region"
        aria-label="Problems"
        tabIndex={0}
      >
        <table className="mini-table import-table" aria-labelledby={captionId}>
          <caption id={captionId} className="visually-hidden">
            Problems
          </caption>
          <thead>
            <tr>
              <th scope="col" className="mini-table__numeric">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((problem, index) => (
              <tr key={index}>
                <td className="mini-table__numeric">{problem.row ?? '—'}</td>
                <td>{problem.column ?? '—'}</td>
                <td className="import-problems__message">{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <p className="import-problems__more">
          and {more.toLocaleString('en-GB')} more {more === 1 ? 'problem' : 'problems'}
        </p>
      )}
    </div>
  );
}

/** "2 to create, 1 to update, 40 unchanged". */
export function describeCounts(counts: ImportReport['counts'], done: boolean): string {
  const number = (value: number) => value.toLocaleString('en-GB');
  return done
    ? `${number(counts.create)} created, ${number(counts.update)} updated, ${number(counts.unchanged)} unchanged`
    : `${number(counts.create)} to create, ${number(counts.update)} to update, ${number(counts.unchanged)} unchanged`;
}
