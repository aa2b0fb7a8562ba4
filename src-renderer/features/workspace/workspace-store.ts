import { create } from 'zustand';
import type { MethodOutput } from '../../../src-main/api/contract';
import type { Engagement } from '../../../src-main/api/schemas/engagement';
import type { WorkspaceSummary } from '../../../src-main/api/schemas/workspace';
import { api } from '../../api/client';

export type About = MethodOutput<'app.about'>;

interface WorkspaceState {
  /** `loading` only before the first answer; later refreshes keep showing what is on screen. */
  status: 'loading' | 'ready' | 'failed';
  about: About | null;
  /** The open workspace, or null when none is open (Electron before File → New or Open). */
  summary: WorkspaceSummary | null;
  /** Why the workspace could not be read, in the core's words. */
  failure: string | null;
  /** How many times the workspace has been asked for; what is shown answers the latest ask. */
  asked: number;
  load(): Promise<void>;
  /** Shows an engagement the core has just saved, before the next refresh confirms the rest. */
  applyEngagement(engagement: Engagement): void;
}

export const useWorkspaceStore = create<WorkspaceState>()((set, get) => ({
  status: 'loading',
  about: null,
  summary: null,
  failure: null,
  asked: 0,
  async load() {
    set({ asked: get().asked + 1 });
    try {
      const [about, summary] = await Promise.all([
        get().about ?? api.call('app.about', {}),
        api.call('workspace.current', {}),
      ]);
      set({ status: 'ready', about, summary, failure: null });
    } catch (error) {
      set({ status: 'failed', failure: error instanceof Error ? error.message : String(error) });
    }
  },
  applyEngagement(engagement) {
    const { summary } = get();
    if (summary) set({ summary: { ...summary, engagement } });
  },
}));
