import { useEffect, useMemo } from 'react';
import type { HistoryEntry } from '../../../../src-main/api/schemas/registers/record-api';
import { Card } from '../../../shared/components/Card';
import { formatCalendarDate } from '../../../shared/format/calendar-date';
import { formatNumber } from '../../../shared/format/number';
import { formatTimestamp } from '../../../shared/format/timestamp';
import { labelOf } from '../model/enum-labels';
import { enumFields, fieldLabels, referenceFields } from '../model/field-labels';
import { diffRecords, type Difference } from '../model/history-diff';
import type { RegisterId } from '../model/registers';
import { optionText, useOptionLabels } from '../state/option-labels-store';
import type { RecordOption } from '../../../../src-main/api/schemas/registers/record-api';

const operations = { create: 'Created', update: 'Changed', delete: 'Deleted' } as const;

type Labels = Readonly<Record<string, RecordOption | null>>;

function display(
  register: RegisterId,
  field: string,
  value: unknown,
  labels: Labels,
): { text: string; empty: boolean } {
  if (value === null || value === undefined || value === '') return { text: 'empty', empty: true };
  if (typeof value === 'string') {
    if (referenceFields[field]) return { text: optionText(labels[value], value), empty: false };
    const words = enumFields[register][field];
    if (words) return { text: labelOf(words, value), empty: false };
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { text: formatCalendarDate(value), empty: false };
    return { text: value.length > 140 ? `${value.slice(0, 139)}…` : value, empty: false };
  }
  if (typeof value === 'boolean') return { text: value ? 'Yes' : 'No', empty: false };
  if (typeof value === 'number') return { text: formatNumber(value), empty: false };
  return { text: JSON.stringify(value), empty: false };
}

function Value({
  register,
  field,
  value,
  labels,
}: {
  register: RegisterId;
  field: string;
  value: unknown;
  labels: Labels;
}) {
  const { text, empty } = display(register, field, value, labels);
  return <span className={empty ? 'history__value history__value--empty' : 'history__value'}>{text}</span>;
}

function fieldLabel(register: RegisterId, field: string): string {
  return fieldLabels[register][field] ?? field;
}

function DifferenceLine({
  register,
  difference,
  labels,
}: {
  register: RegisterId;
  difference: Difference;
  labels: Labels;
}) {
  const label = fieldLabel(register, difference.field);
  switch (difference.kind) {
    case 'changed': {
      const where = difference.item
        ? `${fieldLabel(register, difference.item.field)} “${difference.item.title}” · ${label}`
        : label;
      return (
        <li>
          <span className="history__field">{where}:</span>{' '}
          <Value register={register} field={difference.field} value={difference.before} labels={labels} />
          <span className="history__arrow" aria-label="changed to">
            {' → '}
          </span>
          <Value register={register} field={difference.field} value={difference.after} labels={labels} />
        </li>
      );
    }
    case 'list':
      return (
        <li>
          <span className="history__field">{label}:</span>{' '}
          {difference.added.length > 0 && (
            <>
              added{' '}
              {difference.added.map((value, index) => (
                <span key={index}>
                  {index > 0 && ', '}
                  <Value register={register} field={difference.field} value={value} labels={labels} />
                </span>
              ))}
            </>
          )}
          {difference.added.length > 0 && difference.removed.length > 0 && '; '}
          {difference.removed.length > 0 && (
            <>
              removed{' '}
              {difference.removed.map((value, index) => (
                <span key={index}>
                  {index > 0 && ', '}
                  <Value register={register} field={difference.field} value={value} labels={labels} />
                </span>
              ))}
            </>
          )}
        </li>
      );
    case 'item':
      return (
        <li>
          <span className="history__field">{label}</span> {difference.change}{' '}
          <span className="history__value">“{difference.title}”</span>
        </li>
      );
  }
}

/**
 * The record's entries in the change log, newest first: who changed it, when, and what changed
 * field by field. Each entry shows its place in the hash chain that `clausebook check` verifies.
 */
export function HistoryPanel({
  register,
  entries,
}: {
  register: RegisterId;
  entries: readonly HistoryEntry[];
}) {
  const shown = useMemo(
    () =>
      [...entries].reverse().map((entry) => ({
        entry,
        differences: entry.operation === 'update' ? diffRecords(entry.before, entry.after) : [],
      })),
    [entries],
  );
  const references = useMemo(() => {
    const wanted: [RegisterId, string][] = [];
    for (const { differences } of shown) {
      for (const difference of differences) {
        const target = referenceFields[difference.field];
        if (!target) continue;
        const values =
          difference.kind === 'changed'
            ? [difference.before, difference.after]
            : difference.kind === 'list'
              ? [...difference.added, ...difference.removed]
              : [];
        for (const value of values) if (typeof value === 'string') wanted.push([target, value]);
      }
    }
    return wanted;
  }, [shown]);
  useEffect(() => {
    for (const [target, id] of references) useOptionLabels.getState().ensure(target, [id]);
  }, [references]);
  const labels = useOptionLabels((state) => state.labels);

  return (
    <Card
      title="History"
      className="history"
      action={<span className="card__meta">{entries.length} in the change log</span>}
    >
      {shown.length === 0 ? (
        <p className="card__empty">No changes are logged for this record.</p>
      ) : (
        <ol className="history__list">
          {shown.map(({ entry, differences }) => (
            <li key={entry.seq} className={`history__entry history__entry--${entry.operation}`}>
              <p className="history__head">
                <span className="history__operation">{operations[entry.operation]}</span> by{' '}
                <span className="history__actor">{entry.actor || 'someone not named'}</span>
              </p>
              <p className="history__meta">
                <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
                <span aria-hidden="true"> · </span>
                <span title={`Hash ${entry.hash}`}>
                  Log entry {entry.seq}, <span className="history__hash">{entry.hash.slice(0, 10)}</span>
                </span>
              </p>
              {entry.operation === 'update' && (
                <ul className="history__changes">
                  {differences.length === 0 ? (
                    <li className="history__value--empty">No field changed</li>
                  ) : (
                    differences.map((difference, index) => (
                      <DifferenceLine
                        key={index}
                        register={register}
                        difference={difference}
                        labels={labels}
                      />
                    ))
                  )}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
