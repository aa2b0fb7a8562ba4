import { create } from 'zustand';
import type { DashboardSummary } from '../../../src-main/api/schemas/dashboard';
import { failureMessage } from '../../api/api-error';
import { api } from '../../api/client';
import { useWorkspaceStore } from '../workspace/workspace-store';

interface DashboardState {
  /** The last answer; kept while a fresh one loads, so a revisit does not flash empty cards. */
  summary: DashboardSummary | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  failure: string | null;
  /**
   * Asks the core again, judging everything on `today` (the user's calendar day). An answer
   * already on its way for the same day, asked for since the workspace was last asked for, is
   * waited for instead of asking twice.
   */
  load(today: string): Promise<void>;
  /**
   * Asks for the dashboard at start-up, beside the workspace, so the first screen does not wait
   * for one answer before asking for the next. Fails silently: with no workspace open there is no
   * dashboard to show yet, and the screen asks again when one opens.
   */
  prefetch(today: string): Promise<void>;
}

let request = 0;
/** The answer on its way, and whether its failure is worth showing (no screen waits on a prefetch). */
let pending: { today: string; asked: number; silent: boolean; done?: Promise<void> } | null = null;

export const useDashboardStore = create<DashboardState>()((set) => {
  function ask(today: string, silent: boolean): Promise<void> {
    const workspaceAsked = useWorkspaceStore.getState().asked;
    if (pending?.done && pending.today === today && pending.asked === workspaceAsked) {
      pending.silent &&= silent;
      return pending.done;
    }
    const asked = ++request;
    const entry: NonNullable<typeof pending> = { today, asked: workspaceAsked, silent };
    pending = entry;
    set({ status: 'loading' });
    entry.done = (async () => {
      try {
        const summary = await api.call('dashboard.summary', { today });
        if (asked === request) set({ summary, status: 'ready', failure: null });
      } catch (error) {
        if (asked !== request) return;
        set(entry.silent ? { status: 'idle' } : { status: 'failed', failure: failureMessage(error) });
      } finally {
        if (pending === entry) pending = null;
      }
    })();
    return entry.done;
  }
  return {
    summary: null,
    status: 'idle',
    failure: null,
    load: (today) => ask(today, false),
    prefetch: (today) => ask(today, true),
  };
});
