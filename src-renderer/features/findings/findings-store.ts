import { create } from 'zustand';
import type {
  Finding,
  FindingList,
  FindingStatus,
  FindingType,
} from '../../../src-main/api/schemas/findings';
import { api } from '../../api/client';
import { failureMessage } from '../../api/api-error';
import { useWorkspaceStore } from '../workspace/workspace-store';

interface FindingsState {
  findings: Finding[];
  openByType: FindingList['openByType'] | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  failure: string | null;
  type: FindingType | '';
  findingStatus: FindingStatus | '';
  setType(type: FindingType | ''): void;
  setStatus(status: FindingStatus | ''): void;
  refresh(): Promise<void>;
  changed(): void;
}

let request = 0;

export const useFindingsStore = create<FindingsState>()((set, get) => ({
  findings: [],
  openByType: null,
  status: 'idle',
  failure: null,
  type: '',
  findingStatus: '',
  setType(type) {
    set({ type });
    void get().refresh();
  },
  setStatus(findingStatus) {
    set({ findingStatus });
    void get().refresh();
  },
  async refresh() {
    const asked = ++request;
    set({ status: 'loading' });
    const { type, findingStatus } = get();
    try {
      const list = await api.call('findings.list', {
        ...(type ? { types: [type] } : {}),
        ...(findingStatus ? { status: findingStatus } : {}),
      });
      if (asked === request) set({ ...list, status: 'ready', failure: null });
    } catch (error) {
      if (asked === request) set({ status: 'failed', failure: failureMessage(error) });
    }
  },
  changed() {
    void get().refresh();
    void useWorkspaceStore.getState().load();
  },
}));
