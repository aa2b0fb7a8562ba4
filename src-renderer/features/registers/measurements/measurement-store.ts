import { create } from 'zustand';
import type { Measurement } from '../../../../src-main/api/schemas/registers/measurement';
import { api } from '../../../api/client';
import { useRegisterData } from '../state/register-data-store';

interface TargetMeasurements {
  status: 'loading' | 'ready' | 'failed';
  items: Measurement[];
  failure: string | null;
  epoch: number;
}

interface MeasurementState {
  byTarget: Readonly<Record<string, TargetMeasurements>>;
  load(targetId: string): void;
}

/** Each target's measurements, oldest period first, as the core judged them. */
export const useMeasurementStore = create<MeasurementState>()((set, get) => ({
  byTarget: {},
  load(targetId) {
    const epoch = useRegisterData.getState().epoch;
    const existing = get().byTarget[targetId];
    if (existing && existing.epoch === epoch) return;
    const base: TargetMeasurements = existing ?? { status: 'loading', items: [], failure: null, epoch };
    set((state) => ({ byTarget: { ...state.byTarget, [targetId]: { ...base, epoch } } }));
    const settle = (entry: Omit<TargetMeasurements, 'epoch'>) => {
      if (get().byTarget[targetId]?.epoch !== epoch) return;
      set((state) => ({ byTarget: { ...state.byTarget, [targetId]: { ...entry, epoch } } }));
    };
    api.call('measurements.list', { targetId }).then(
      (items) => settle({ status: 'ready', items, failure: null }),
      (error: unknown) =>
        settle({
          status: 'failed',
          items: [],
          failure: error instanceof Error ? error.message : String(error),
        }),
    );
  },
}));
