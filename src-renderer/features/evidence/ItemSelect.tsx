import { useEffect } from 'react';
import { itemText, useItemLibrary } from './item-library-store';

interface ItemSelectProps {
  id: string;
  value: string;
  onChange(value: string): void;
  /** Items already chosen, left out of the list. */
  exclude?: readonly string[];
  'aria-describedby'?: string | undefined;
}

/** A requirement item of the clause library, chosen from a list grouped by clause. */
export function ItemSelect({ id, value, onChange, exclude = [], ...rest }: ItemSelectProps) {
  const groups = useItemLibrary((state) => state.groups);
  const status = useItemLibrary((state) => state.status);
  useEffect(() => useItemLibrary.getState().ensure(), []);
  return (
    <select
      id={id}
      className="input input--select"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      disabled={status !== 'ready'}
      aria-describedby={rest['aria-describedby']}
    >
      <option value="">
        {status === 'ready' ? 'Choose a requirement item…' : 'Loading the clause library…'}
      </option>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.items
            .filter((item) => !exclude.includes(item.id))
            .map((item) => (
              <option key={item.id} value={item.id}>
                {itemText(item, item.id)}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
