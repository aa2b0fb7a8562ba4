import { create } from 'zustand';
import type {
  Assessment,
  AssessmentChanges,
  AssessmentList,
  AssessmentProgress,
  AssessmentStatus,
} from '../../../src-main/api/schemas/assessment';
import type { ClauseLibrary } from '../../../src-main/api/schemas/clause-library';
import type { ReadinessFinding } from '../../../src-main/api/schemas/readiness';
import type { RecordRegisterName } from '../../../src-main/api/schemas/registers/record-api';
import { api } from '../../api/client';
import {
  addEvidenceFile,
  useEvidenceStore,
  type AddOutcome,
  type NewFileLinks,
} from '../evidence/evidence-store';

export interface ChecklistFilters {
  status: AssessmentStatus | null;
  owner: string | null;
  withoutEvidence: boolean;
}

export const noFilters: ChecklistFilters = { status: null, owner: null, withoutEvidence: false };

export function filtersActive(filters: ChecklistFilters): boolean {
  return filters.status !== null || filters.owner !== null || filters.withoutEvidence;
}

interface ItemEntry {
  itemId: string;
  status: 'loading' | 'ready' | 'failed';
  assessment: Assessment | null;
  failure: string | null;
}

interface ChecklistState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  failure: string | null;
  library: ClauseLibrary | null;
  progress: AssessmentProgress | null;
  /** The items passing the filters, and every owner named. */
  list: AssessmentList | null;
  filters: ChecklistFilters;
  /** Readiness findings from the registers; null until the checks have run. */
  findings: ReadinessFinding[] | null;
  current: ItemEntry | null;
  load(): Promise<void>;
  setFilters(filters: Partial<ChecklistFilters>): void;
  loadItem(itemId: string): void;
  /** Saves some fields of the current item; resolves with the saved assessment, rejects with ApiError. */
  update(itemId: string, changes: AssessmentChanges): Promise<Assessment>;
  cite(itemId: string, register: RecordRegisterName, id: string): Promise<void>;
  uncite(itemId: string, register: RecordRegisterName, id: string): Promise<void>;
  /** Links evidence files already in the library to the item, one after the other; rejects on the first refusal. */
  linkEvidence(itemId: string, evidenceIds: readonly string[]): Promise<void>;
  unlinkEvidence(itemId: string, evidenceId: string): Promise<void>;
  /** Stores new files and links each to the item in the same step; one outcome per file, never rejects. */
  addEvidence(itemId: string, files: readonly File[]): Promise<AddOutcome[]>;
}

function listInput(filters: ChecklistFilters) {
  return {
    ...(filters.status ? { statuses: [filters.status] } : {}),
    ...(filters.owner ? { owner: filters.owner } : {}),
    withoutEvidence: filters.withoutEvidence,
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const useChecklistStore = create<ChecklistState>()((set, get) => {
  let listRequest = 0;
  let itemRequest = 0;

  const refreshCounts = async () => {
    const asked = ++listRequest;
    const [progress, list] = await Promise.all([
      api.call('assessments.progress', {}),
      api.call('assessments.list', listInput(get().filters)),
    ]);
    if (asked === listRequest) set({ progress, list });
    else set({ progress });
  };

  const settle = (itemId: string, assessment: Assessment) => {
    if (get().current?.itemId === itemId) {
      set({ current: { itemId, status: 'ready', assessment, failure: null } });
    }
    void refreshCounts().catch(() => undefined);
  };

  /** The item's library, for links that name an item: the assessment knows it once loaded. */
  const libraryOf = (itemId: string): string | undefined => {
    const current = get().current;
    return (current?.itemId === itemId ? current.assessment?.libraryId : undefined) ?? get().library?.id;
  };
  const itemTarget = (itemId: string) => {
    const libraryId = libraryOf(itemId);
    return { kind: 'item', itemId, ...(libraryId ? { libraryId } : {}) } as const;
  };

  /**
   * After evidence links changed: the item again (its files and weak flag come from the core), the
   * tree's counts, and the evidence library's list, whose "Linked to" column moved too.
   */
  const evidenceChanged = async (itemId: string) => {
    useEvidenceStore.getState().changed();
    settle(itemId, await api.call('assessments.get', { itemId }));
  };

  return {
    status: 'idle',
    failure: null,
    library: null,
    progress: null,
    list: null,
    filters: noFilters,
    findings: null,
    current: null,

    async load() {
      if (get().status === 'loading') return;
      set({ status: get().library ? 'ready' : 'loading', failure: null });
      try {
        const [library, progress, list] = await Promise.all([
          get().library ?? api.call('clauses.library', {}),
          api.call('assessments.progress', {}),
          api.call('assessments.list', listInput(get().filters)),
        ]);
        set({ status: 'ready', library, progress, list });
      } catch (error) {
        set({ status: 'failed', failure: message(error) });
        return;
      }
      // The registers are checked after the tree shows: the findings only add badges to the tree
      // and a card to the detail pane. One run serves the whole screen.
      api.call('readiness.run', {}).then(
        (report) => set({ findings: report.findings }),
        () => set({ findings: [] }),
      );
    },

    setFilters(changes) {
      const filters = { ...get().filters, ...changes };
      const asked = ++listRequest;
      set({ filters });
      api.call('assessments.list', listInput(filters)).then(
        (list) => {
          if (asked === listRequest) set({ list });
        },
        () => undefined,
      );
    },

    loadItem(itemId) {
      const asked = ++itemRequest;
      const previous = get().current;
      set({
        current:
          previous?.itemId === itemId
            ? previous
            : { itemId, status: 'loading', assessment: null, failure: null },
      });
      api.call('assessments.get', { itemId }).then(
        (assessment) => {
          if (asked === itemRequest) set({ current: { itemId, status: 'ready', assessment, failure: null } });
        },
        (error: unknown) => {
          if (asked === itemRequest) {
            set({ current: { itemId, status: 'failed', assessment: null, failure: message(error) } });
          }
        },
      );
    },

    async update(itemId, changes) {
      const assessment = await api.call('assessments.set', { itemId, values: changes });
      settle(itemId, assessment);
      return assessment;
    },

    async cite(itemId, register, id) {
      settle(itemId, await api.call('assessments.cite', { itemId, record: { register, id } }));
    },

    async uncite(itemId, register, id) {
      settle(itemId, await api.call('assessments.uncite', { itemId, record: { register, id } }));
    },

    async linkEvidence(itemId, evidenceIds) {
      const target = itemTarget(itemId);
      try {
        for (const id of evidenceIds) await api.call('evidence.link', { id, target });
      } finally {
        // Those linked before a refusal stay linked, and show.
        await evidenceChanged(itemId);
      }
    },

    async unlinkEvidence(itemId, evidenceId) {
      const target = itemTarget(itemId);
      try {
        await api.call('evidence.unlink', { id: evidenceId, target });
      } finally {
        await evidenceChanged(itemId);
      }
    },

    async addEvidence(itemId, files) {
      const links: NewFileLinks = [itemTarget(itemId)];
      const outcomes: AddOutcome[] = [];
      // One after the other, as on the evidence screen: each may be large.
      for (const file of files) outcomes.push(await addEvidenceFile(file, links, 'this item'));
      // The files are in; should the item fail to reload, it shows them the next time it loads.
      if (outcomes.some((outcome) => outcome.evidenceId))
        await evidenceChanged(itemId).catch(() => undefined);
      return outcomes;
    },
  };
});
