import { create } from 'zustand';
import type { Agreement } from '../../../../src-main/api/schemas/registers/agreement';
import type { Customer } from '../../../../src-main/api/schemas/registers/customer';
import type { HistoryEntry, RelatedGroup } from '../../../../src-main/api/schemas/registers/record-api';
import type { Review } from '../../../../src-main/api/schemas/registers/review';
import type { Service } from '../../../../src-main/api/schemas/registers/service';
import type { Supplier } from '../../../../src-main/api/schemas/registers/supplier';
import type { Target } from '../../../../src-main/api/schemas/registers/target';
import { ApiError } from '../../../api/api-error';
import { api } from '../../../api/client';
import type { RegisterId } from '../model/registers';
import { useRegisterData } from './register-data-store';

/** A whole record of each register, as `R.get` returns it. */
export interface RecordOf {
  services: Service;
  customers: Customer;
  suppliers: Supplier;
  agreements: Agreement;
  targets: Target;
  reviews: Review;
}

export type AnyRecord = RecordOf[RegisterId];

export interface RecordEntry {
  status: 'loading' | 'ready' | 'missing' | 'failed';
  record: AnyRecord | null;
  related: RelatedGroup[];
  history: HistoryEntry[];
  failure: string | null;
  /** The data epoch it was fetched at; a later epoch fetches it again. */
  epoch: number;
}

interface RecordState {
  entries: Readonly<Record<string, RecordEntry>>;
  /** Fetches the record, its related records and its history, unless they are current already. */
  load(register: RegisterId, id: string): void;
}

const loading: RecordEntry = {
  status: 'loading',
  record: null,
  related: [],
  history: [],
  failure: null,
  epoch: -1,
};

export const useRecordStore = create<RecordState>()((set, get) => ({
  entries: {},
  load(register, id) {
    const epoch = useRegisterData.getState().epoch;
    const existing = get().entries[id];
    if (existing && existing.epoch === epoch) return;
    // Keep showing what is there while it is fetched again.
    set((state) => ({ entries: { ...state.entries, [id]: { ...(existing ?? loading), epoch } } }));
    const settle = (entry: Omit<RecordEntry, 'epoch'>) => {
      if (get().entries[id]?.epoch !== epoch) return;
      set((state) => ({ entries: { ...state.entries, [id]: { ...entry, epoch } } }));
    };
    Promise.all([
      api.call(`${register}.get`, { id }),
      api.call('records.related', { register, id }),
      api.call('records.history', { id }),
    ]).then(
      ([record, related, history]) =>
        settle({ status: 'ready', record: record as AnyRecord, related, history, failure: null }),
      (error: unknown) => {
        const missing = error instanceof ApiError && error.code === 'NOT_FOUND';
        settle({
          status: missing ? 'missing' : 'failed',
          record: null,
          related: [],
          history: [],
          failure: error instanceof Error ? error.message : String(error),
        });
      },
    );
  },
}));

/** The record `id` of `register`, typed; null while loading or when it is of another register. */
export function recordOf<R extends RegisterId>(
  entry: RecordEntry | undefined,
  _register: R,
): RecordOf[R] | null {
  return (entry?.record as RecordOf[R] | undefined) ?? null;
}
