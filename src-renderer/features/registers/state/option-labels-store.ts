import { create } from 'zustand';
import type { RecordOption } from '../../../../src-main/api/schemas/registers/record-api';
import { api } from '../../../api/client';
import type { RegisterId } from '../model/registers';

interface OptionLabelsState {
  /** Code and name of records by id, as pickers and links show them; null once known not to exist. */
  labels: Readonly<Record<string, RecordOption | null>>;
  /** Looks up the ids not known yet, in batches. */
  ensure(register: RegisterId, ids: readonly string[]): void;
  remember(options: readonly RecordOption[]): void;
  /** Names may have changed: look them up again when next needed. */
  forget(): void;
}

const pending = new Set<string>();
const BATCH = 500;

export const useOptionLabels = create<OptionLabelsState>()((set, get) => ({
  labels: {},
  ensure(register, ids) {
    const known = get().labels;
    const missing = [...new Set(ids)].filter((id) => !(id in known) && !pending.has(id));
    if (missing.length === 0) return;
    missing.forEach((id) => pending.add(id));
    for (let start = 0; start < missing.length; start += BATCH) {
      const batch = missing.slice(start, start + BATCH);
      api
        .call('records.options', { register, search: '', ids: batch, limit: 200 })
        .then((options) => {
          const found = new Map(options.map((option) => [option.id, option]));
          set((state) => ({
            labels: {
              ...state.labels,
              ...Object.fromEntries(batch.map((id) => [id, found.get(id) ?? null])),
            },
          }));
        })
        .catch(() => undefined)
        .finally(() => batch.forEach((id) => pending.delete(id)));
    }
  },
  remember(options) {
    if (options.length === 0) return;
    set((state) => ({
      labels: { ...state.labels, ...Object.fromEntries(options.map((option) => [option.id, option])) },
    }));
  },
  forget: () => set({ labels: {} }),
}));

/** "SUP-004 · Northwind Networks", or the id while it is looked up. */
export function optionText(option: RecordOption | null | undefined, id: string): string {
  if (option === undefined) return '…';
  if (option === null) return `Deleted record (${id.slice(0, 8)})`;
  return `${option.code} · ${option.name}`;
}
