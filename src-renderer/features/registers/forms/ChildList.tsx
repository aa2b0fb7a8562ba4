import { useRef } from 'react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { PlusIcon } from '../../../shared/components/icons';
import type { RegisterId } from '../model/registers';
import { fieldId, useFieldError } from './form-fields';
import { RecordPicker } from './RecordPicker';

export interface ChildColumn {
  field: string;
  label: string;
  kind: 'text' | 'date' | 'number' | 'select' | 'picker';
  required?: boolean;
  /** A CSS width for the column, e.g. '140px'; columns without one share the rest. */
  width?: string;
  options?: readonly { value: string; label: string }[];
  register?: RegisterId;
  maxLength?: number;
}

interface CellProps {
  name: string;
  column: ChildColumn;
  /** "Name of contact 2": what a screen reader hears, as the column header is not the control's label. */
  label: string;
}

function Cell({ name, column, label }: CellProps) {
  const { register, control } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  const errorId = `${id}-error`;
  const common = {
    id,
    'aria-label': label,
    'aria-invalid': Boolean(error),
    'aria-describedby': error ? errorId : undefined,
    ...(column.required ? { 'aria-required': true } : {}),
  };
  let input;
  switch (column.kind) {
    case 'select':
      input = (
        <select {...common} {...register(name)} className="input input--select input--compact">
          {(column.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
      break;
    case 'picker':
      input = (
        <Controller
          name={name}
          control={control}
          render={({ field }) => (
            <RecordPicker
              id={id}
              register={column.register ?? 'services'}
              value={(field.value as string | undefined) || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              inputRef={field.ref}
              aria-describedby={common['aria-describedby']}
              aria-invalid={common['aria-invalid']}
              aria-required={column.required}
              aria-label={label}
              compact
            />
          )}
        />
      );
      break;
    default:
      input = (
        <input
          {...common}
          {...register(name)}
          className="input input--compact"
          type={column.kind === 'date' ? 'date' : 'text'}
          inputMode={column.kind === 'number' ? 'decimal' : undefined}
          maxLength={column.maxLength}
          autoComplete="off"
        />
      );
  }
  return (
    <td className="child-table__cell">
      {input}
      {error && (
        <p className="field__error child-table__error" id={errorId}>
          {error}
        </p>
      )}
    </td>
  );
}

interface ChildListProps {
  /** The form field holding the list, e.g. `contacts`. */
  name: string;
  /** "contact": names each row for controls and screen readers. */
  itemLabel: string;
  columns: readonly ChildColumn[];
  newItem(): Record<string, unknown>;
  empty: string;
}

/**
 * An editable list of a record's own entries (contacts, components, actions) as a table of inputs:
 * "Add" appends a row and focuses its first field; "Remove" takes a row out. Each control is named
 * after its column and row, and the core's message for it appears right beneath it.
 */
export function ChildList({ name, itemLabel, columns, newItem, empty }: ChildListProps) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const addButton = useRef<HTMLButtonElement>(null);
  const listError = useFieldError(name);
  return (
    <div className="child-list">
      {fields.length === 0 ? (
        <p className="card__empty child-list__empty">{empty}</p>
      ) : (
        <div className="child-table__scroll">
          <table className="child-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th
                    key={column.field}
                    scope="col"
                    style={column.width ? { width: column.width } : undefined}
                  >
                    {column.label}
                    {!column.required && <span className="child-table__optional"> · optional</span>}
                  </th>
                ))}
                <th scope="col" className="child-table__actions">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field, index) => (
                <tr key={field.id}>
                  {columns.map((column) => (
                    <Cell
                      key={column.field}
                      name={`${name}.${index}.${column.field}`}
                      column={column}
                      label={`${column.label} of ${itemLabel} ${index + 1}`}
                    />
                  ))}
                  <td className="child-table__actions">
                    <button
                      type="button"
                      className="icon-button"
                      onClick={() => {
                        remove(index);
                        addButton.current?.focus();
                      }}
                    >
                      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="icon">
                        <path d="M4 4l8 8M12 4l-8 8" />
                      </svg>
                      <span className="visually-hidden">
                        Remove {itemLabel} {index + 1}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {listError && <p className="field__error">{listError}</p>}
      <button
        ref={addButton}
        type="button"
        className="button button--quiet child-list__add"
        onClick={() => append(newItem())}
      >
        <PlusIcon />
        Add {itemLabel}
      </button>
    </div>
  );
}
