import { create } from 'zustand';
import type { MethodInput } from '../../../src-main/api/contract';
import type { Evidence } from '../../../src-main/api/schemas/evidence';
import { api } from '../../api/client';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { failureMessage } from '../../api/api-error';
import { readAsBase64 } from '../registers/import-export/file-transfer';

/** What happened to one file the user added: kept, kept but its content was already there, or refused. */
export interface AddOutcome {
  fileName: string;
  tone: 'success' | 'warning' | 'danger';
  message: string;
  evidenceId?: string;
}

interface EvidenceState {
  rows: Evidence[];
  status: 'idle' | 'loading' | 'ready' | 'failed';
  failure: string | null;
  search: string;
  unlinked: boolean;
  /** Goes up after every write, so a detail screen knows to fetch again. */
  epoch: number;
  adding: boolean;
  outcomes: AddOutcome[];
  setSearch(search: string): void;
  setUnlinked(unlinked: boolean): void;
  refresh(): Promise<void>;
  changed(): void;
  addFiles(files: readonly File[]): Promise<void>;
  clearOutcomes(): void;
}

let request = 0;

export const useEvidenceStore = create<EvidenceState>()((set, get) => ({
  rows: [],
  status: 'idle',
  failure: null,
  search: '',
  unlinked: false,
  epoch: 0,
  adding: false,
  outcomes: [],
  setSearch(search) {
    set({ search });
    void get().refresh();
  },
  setUnlinked(unlinked) {
    set({ unlinked });
    void get().refresh();
  },
  async refresh() {
    const asked = ++request;
    set({ status: 'loading' });
    try {
      const { search, unlinked } = get();
      const rows = await api.call('evidence.list', { search: search.trim(), unlinked });
      if (asked === request) set({ rows, status: 'ready', failure: null });
    } catch (error) {
      if (asked === request) set({ status: 'failed', failure: failureMessage(error) });
    }
  },
  changed() {
    set((state) => ({ epoch: state.epoch + 1 }));
    void get().refresh();
    void useWorkspaceStore.getState().load();
  },
  async addFiles(files) {
    if (files.length === 0) return;
    set({ adding: true, outcomes: [] });
    const outcomes: AddOutcome[] = [];
    // One after the other: each may be large, and the messages keep the order the user chose.
    for (const file of files) {
      outcomes.push(await addEvidenceFile(file));
      set({ outcomes: [...outcomes] });
    }
    set({ adding: false });
    get().changed();
  },
  clearOutcomes: () => set({ outcomes: [] }),
}));

const MAX_BYTES = 100 * 1024 * 1024;

/** What a new file is linked to as it is added; an item's library may be left to the core's default. */
export type NewFileLinks = NonNullable<MethodInput<'evidence.add'>['links']>;

/**
 * Stores one file the user chose, linked at once to `links` (the checklist adds and links in one
 * step); `linkedTo` names them in the message, e.g. "this item". Never rejects: a refusal is an
 * outcome with its reason.
 */
export async function addEvidenceFile(
  file: File,
  links: NewFileLinks = [],
  linkedTo?: string,
): Promise<AddOutcome> {
  const fileName = file.name;
  // Refused here before reading: the core would refuse it too, after the whole file crossed over.
  if (file.size === 0) {
    return {
      fileName,
      tone: 'danger',
      message: `"${fileName}" is empty (0 bytes): there is nothing in it to keep as evidence.`,
    };
  }
  if (file.size > MAX_BYTES) {
    const size = (Math.ceil((file.size / (1024 * 1024)) * 10) / 10).toFixed(1);
    return {
      fileName,
      tone: 'danger',
      message: `"${fileName}" is ${size} MiB; an evidence file may be at most 100 MiB. Split it, compress it, or keep an extract.`,
    };
  }
  try {
    const content = await readAsBase64(file);
    const added = await api.call('evidence.add', {
      fileName,
      mediaType: file.type,
      content,
      links,
    });
    const { evidence, sameContentAs, nameAdjusted } = added;
    const renamed = nameAdjusted ? ` (kept as "${evidence.fileName}")` : '';
    const linked = linkedTo ? ` and linked to ${linkedTo}` : '';
    if (sameContentAs.length > 0) {
      const others = sameContentAs.map((other) => `${other.code} (${other.fileName})`).join(', ');
      return {
        fileName,
        tone: 'warning',
        evidenceId: evidence.id,
        message: `Added as ${evidence.code}${renamed}${linked}. Same content as ${others}: the content is stored once. Delete ${evidence.code} if it was added by mistake.`,
      };
    }
    return {
      fileName,
      tone: 'success',
      evidenceId: evidence.id,
      message: `Added as ${evidence.code}${renamed}${linked}.`,
    };
  } catch (error) {
    return { fileName, tone: 'danger', message: failureMessage(error) };
  }
}
