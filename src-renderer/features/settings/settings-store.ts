import { create } from 'zustand';
import type { Engagement, EngagementInput } from '../../../src-main/api/schemas/engagement';
import { ApiError, type ValidationIssue } from '../../api/api-error';
import { api } from '../../api/client';
import { useWorkspaceStore } from '../workspace/workspace-store';
import type { EngagementFormValues } from './engagement-form';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'rejected' | 'failed';

interface SettingsState {
  status: SaveStatus;
  /** The core's per-field objections to the last save (status `rejected`). */
  issues: ValidationIssue[];
  /** Why the last save failed (statuses `rejected` and `failed`), in the core's words. */
  failure: string | null;
  /** Resolves with the engagement as saved, or null when it was not saved. */
  saveEngagement(input: EngagementInput): Promise<Engagement | null>;
  /** Forget the outcome of the last save, e.g. once the user edits the form again. */
  clearOutcome(): void;
  /**
   * Edits not saved yet, kept while the user visits other sections so that leaving the screen does not
   * throw them away. `workspaceKey` ties them to the workspace they were made in.
   */
  draft: { workspaceKey: string; values: EngagementFormValues } | null;
  keepDraft(workspaceKey: string, values: EngagementFormValues): void;
  dropDraft(): void;
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  status: 'idle',
  issues: [],
  failure: null,
  async saveEngagement(input) {
    if (get().status === 'saving') return null;
    set({ status: 'saving', issues: [], failure: null });
    try {
      const saved = await api.call('engagement.update', input);
      useWorkspaceStore.getState().applyEngagement(saved);
      set({ status: 'saved' });
      // Size and update time changed with the write; fetch them without holding up the form.
      void useWorkspaceStore.getState().load();
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        set({ status: 'rejected', issues: error.issues, failure: error.message });
      } else {
        set({ status: 'failed', failure: error instanceof Error ? error.message : String(error) });
      }
      return null;
    }
  },
  clearOutcome() {
    const { status } = get();
    if (status !== 'idle' && status !== 'saving') set({ status: 'idle', issues: [], failure: null });
  },
  draft: null,
  keepDraft: (workspaceKey, values) => set({ draft: { workspaceKey, values } }),
  dropDraft: () => set({ draft: null }),
}));
