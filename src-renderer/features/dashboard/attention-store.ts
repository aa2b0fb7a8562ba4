import { create } from 'zustand';
import { api } from '../../api/client';
import { localToday } from '../../shared/format/calendar-date';
import type { RegisterId } from '../registers/model/registers';
import { useRegisterData } from '../registers/state/register-data-store';

/** Something in the registers that needs the consultant, as a filtered list the core can count. */
export interface AttentionCheck {
  id: string;
  label: string;
  register: RegisterId;
  filters: Record<string, string>;
}

export const attentionChecks: readonly AttentionCheck[] = [
  {
    id: 'breached',
    label: 'Targets breached in their latest period',
    register: 'targets',
    filters: { breached: 'yes' },
  },
  {
    id: 'supplierReviews',
    label: 'Supplier reviews overdue',
    register: 'suppliers',
    filters: { reviewOverdue: 'yes' },
  },
  {
    id: 'agreementReviews',
    label: 'Agreement reviews overdue',
    register: 'agreements',
    filters: { reviewOverdue: 'yes' },
  },
  {
    id: 'endingSoon',
    label: 'Agreements ending within 60 days',
    register: 'agreements',
    filters: { endingSoon: 'yes' },
  },
  {
    id: 'actions',
    label: 'Reviews with overdue actions',
    register: 'reviews',
    filters: { overdueActions: 'yes' },
  },
  {
    id: 'uncovered',
    label: 'Live services without an agreement',
    register: 'services',
    filters: { lifecycle: 'live', withoutAgreement: 'yes' },
  },
  {
    id: 'unmeasurable',
    label: 'Targets that cannot be judged',
    register: 'targets',
    filters: { unmeasurable: 'yes' },
  },
];

interface AttentionState {
  /** How many records each check finds; absent until counted. */
  counts: Readonly<Record<string, number>>;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  epoch: number;
  load(): void;
}

export const useAttentionStore = create<AttentionState>()((set, get) => ({
  counts: {},
  status: 'idle',
  epoch: -1,
  load() {
    const epoch = useRegisterData.getState().epoch;
    if (get().epoch === epoch) return;
    set({ epoch, status: get().status === 'ready' ? 'ready' : 'loading' });
    const today = localToday();
    Promise.all(
      attentionChecks.map((check) =>
        api
          .call(`${check.register}.list`, {
            search: '',
            filters: check.filters,
            sort: null,
            offset: 0,
            limit: 1,
            today,
          })
          .then((page) => [check.id, page.total] as const),
      ),
    ).then(
      (entries) => {
        if (get().epoch === epoch) set({ counts: Object.fromEntries(entries), status: 'ready' });
      },
      () => {
        if (get().epoch === epoch) set({ status: 'failed' });
      },
    );
  },
}));
