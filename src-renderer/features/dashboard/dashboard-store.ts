import { create } from 'zustand';
import type { DashboardSummary } from '../../../src-main/api/schemas/dashboard';
import { failureMessage } from '../../api/api-error';
import { api } from '../../api/client';

interface DashboardState {
  /** The last answer; kept while a fresh one loads, so a revisit does not flash empty cards. */
  summary: DashboardSummary | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  failure: string | null;
  /** Asks the core again, judging everything on `today` (the user's calendar day). */
  load(today: string): Promise<void>;
}

let request = 0;

export const useDashboardStore = create<DashboardState>()((set) => ({
  summary: null,
  status: 'idle',
  failure: null,
  async load(today) {
    const asked = ++request;
    set({ status: 'loading' });
    try {
      const summary = await api.call('dashboard.summary', { today });
      if (asked === request) set({ summary, status: 'ready', failure: null });
    } catch (error) {
      if (asked === request) set({ status: 'failed', failure: failureMessage(error) });
    }
  },
}));
