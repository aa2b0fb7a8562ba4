import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { RecordOption } from '../../../../src-main/api/schemas/registers/record-api';
import { api } from '../../../api/client';
import type { RegisterId } from '../model/registers';
import { registers } from '../model/registers';
import { optionText, useOptionLabels } from '../state/option-labels-store';

const SEARCH_DELAY_MS = 120;
const SHOWN = 20;

interface PickerBase {
  id: string;
  register: RegisterId;
  /** Ids never offered, e.g. the record itself for "depends on". */
  exclude?: readonly string[];
  inputRef?: Ref<HTMLInputElement>;
  onBlur?(): void;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
  'aria-required'?: boolean | undefined;
  /** For a picker without a visible label of its own, e.g. in a table cell. */
  'aria-label'?: string;
  /** Smaller, to sit in a table row with other compact inputs. */
  compact?: boolean;
}

export type RecordPickerProps =
  | (PickerBase & { multiple?: false; value: string | null; onChange(value: string | null): void })
  | (PickerBase & { multiple: true; value: readonly string[]; onChange(value: string[]): void });

/**
 * A searchable combobox over one register (code or name, as you type), for the references a form
 * holds. Single: the input shows the chosen record; multiple: chosen records sit above the input
 * as removable chips. The list follows the ARIA combobox pattern: arrows move, Enter picks, Escape
 * closes.
 */
export function RecordPicker(props: RecordPickerProps) {
  const { id, register, exclude = [], inputRef, onBlur } = props;
  const meta = registers[register];
  const listId = useId();
  const selected = props.multiple ? props.value : props.value ? [props.value] : [];
  const labels = useOptionLabels((state) => state.labels);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<RecordOption[]>([]);
  const [active, setActive] = useState(0);
  const [searched, setSearched] = useState(false);
  const request = useRef(0);

  const selectedKey = selected.join();
  useEffect(() => {
    if (selectedKey) useOptionLabels.getState().ensure(register, selectedKey.split(','));
  }, [register, selectedKey]);

  // Search as the user types, a moment after they pause; an answer to an older search is dropped.
  const search = query ?? '';
  useEffect(() => {
    if (!open) return;
    const asked = ++request.current;
    const timer = setTimeout(() => {
      api
        .call('records.options', { register, search, limit: SHOWN + exclude.length + selected.length })
        .then((found) => {
          if (asked !== request.current) return;
          useOptionLabels.getState().remember(found);
          setOptions(found);
          setActive(0);
          setSearched(true);
        })
        .catch(() => undefined);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // `exclude` and `selected` only widen the limit; a change to them alone need not search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, search, register]);

  const offered = options
    .filter((option) => !exclude.includes(option.id) && !(props.multiple && selected.includes(option.id)))
    .slice(0, SHOWN);

  const choose = (option: RecordOption) => {
    if (props.multiple) {
      props.onChange([...props.value, option.id]);
      setQuery('');
    } else {
      props.onChange(option.id);
      setQuery(null);
      setOpen(false);
    }
  };

  const close = () => {
    setOpen(false);
    setQuery(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((index) => Math.min(index + 1, offered.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((index) => Math.max(index - 1, 0));
        break;
      case 'Enter': {
        const option = offered[active];
        if (open && option) {
          event.preventDefault();
          choose(option);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      case 'Backspace':
        if (props.multiple && (query ?? '') === '' && props.value.length > 0) {
          props.onChange(props.value.slice(0, -1));
        }
        break;
    }
  };

  const single = !props.multiple && props.value ? optionText(labels[props.value], props.value) : '';
  const shownText = props.multiple ? (query ?? '') : (query ?? single);
  const activeOption = open ? offered[active] : undefined;

  return (
    <div className={props.multiple ? 'picker picker--multiple' : 'picker'}>
      {props.multiple && props.value.length > 0 && (
        <ul className="picker__chosen" aria-label={`Chosen ${meta.plural}`}>
          {props.value.map((chosen) => (
            <li key={chosen} className="picker__chip">
              <span>{optionText(labels[chosen], chosen)}</span>
              <button
                type="button"
                className="picker__remove"
                aria-label={`Remove ${optionText(labels[chosen], chosen)}`}
                onClick={() => props.onChange(props.value.filter((value) => value !== chosen))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="picker__field">
        <input
          id={id}
          ref={inputRef}
          className={props.compact ? 'input input--compact picker__input' : 'input picker__input'}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
          aria-describedby={props['aria-describedby']}
          aria-invalid={props['aria-invalid']}
          aria-required={props['aria-required']}
          aria-label={props['aria-label']}
          autoComplete="off"
          spellCheck={false}
          placeholder={props.multiple ? `Add ${meta.plural}…` : `Search ${meta.plural}…`}
          value={shownText}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => {
            close();
            onBlur?.();
          }}
          onKeyDown={onKeyDown}
        />
        {!props.multiple && props.value && (
          <button
            type="button"
            className="picker__clear"
            aria-label={`Clear ${single}`}
            onClick={() => {
              props.onChange(null);
              setQuery(null);
            }}
          >
            ×
          </button>
        )}
        <ul id={listId} role="listbox" className="picker__list" aria-label={meta.title} hidden={!open}>
          {open && offered.length === 0 && searched && (
            <li className="picker__none" role="presentation">
              No {meta.plural} match{search ? ` “${search}”` : ''}
            </li>
          )}
          {open &&
            offered.map((option, index) => (
              <li
                key={option.id}
                id={`${listId}-${option.id}`}
                role="option"
                aria-selected={index === active}
                className="picker__option"
                // Keep focus in the input: a click on an option must not blur it first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
                onMouseMove={() => setActive(index)}
              >
                <span className="picker__code">{option.code}</span>{' '}
                <span className="picker__name">{option.name}</span>
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
