import { create } from 'zustand';
import type { ErrorCode } from '../../../src-main/api/errors';
import type { PackExport } from '../../../src-main/api/schemas/packs';
import { api } from '../../api/client';
import { ApiError, failureMessage } from '../../api/api-error';
import { downloadFile } from '../registers/import-export/file-transfer';
import { advanceProgress, doneProgress, initialProgress, type ExportProgress } from './export-progress';
import { allPackClauses, type PackClauseNumber } from './pack-format';

/** How often the page asks how a running export is doing. */
const POLL_MS = 250;

export interface PackOptionsDraft {
  clauses: PackClauseNumber[];
  includeInternalNotes: boolean;
  embedEvidence: boolean;
}

/** Which control a refusal belongs next to. */
export type FailureTarget = 'identity' | 'passphrase' | 'clauses' | 'general';

export interface ExportFailure {
  code: ErrorCode | string;
  message: string;
  target: FailureTarget;
}

export type ExportJob =
  | { state: 'idle' }
  | { state: 'starting' }
  | { state: 'running'; jobId: string; packId: string; progress: ExportProgress }
  | { state: 'done'; packId: string; progress: ExportProgress; export: PackExport }
  | { state: 'failed'; failure: ExportFailure };

interface PackExportState {
  fingerprint: string | null;
  options: PackOptionsDraft;
  /**
   * The export started from this page. It lives here, not in a component, so it goes on (and is
   * followed) while the user works elsewhere in the app, and is still shown when they come back.
   */
  job: ExportJob;
  history: PackExport[];
  historyStatus: 'idle' | 'loading' | 'ready' | 'failed';
  historyFailure: string | null;
  chooseIdentity(fingerprint: string | null): void;
  setOptions(options: Partial<PackOptionsDraft>): void;
  /** Starts an export; resolves once it has started or been refused (not when it finishes). */
  start(passphrase: string): Promise<void>;
  refreshHistory(): Promise<void>;
  /** A copy of a pack from the packs folder, as base64. */
  fetchPack(id: string): Promise<{ fileName: string; content: string }>;
  download(id: string): Promise<void>;
  /** The user is correcting what a refusal pointed at: the message has done its job. */
  dismissFailure(target?: FailureTarget): void;
  /** Another workspace was opened: its history, not the last one's outcome. */
  workspaceChanged(): void;
}

function targetOf(code: string, path: readonly string[] = []): FailureTarget {
  if (code === 'WRONG_PASSPHRASE') return 'passphrase';
  if (code === 'IDENTITY_UNUSABLE' || code === 'IDENTITY_UNREADABLE' || code === 'NOT_FOUND')
    return 'identity';
  if (code === 'VALIDATION') {
    if (path[0] === 'passphrase') return 'passphrase';
    if (path[0] === 'fingerprint') return 'identity';
    if (path[0] === 'options') return 'clauses';
  }
  return 'general';
}

function failureOf(error: unknown): ExportFailure {
  if (error instanceof ApiError) {
    const [issue] = error.issues;
    return {
      code: error.code,
      message: issue ? issue.message : error.message,
      target: targetOf(error.code, issue?.path),
    };
  }
  return { code: 'INTERNAL', message: failureMessage(error), target: 'general' };
}

let historyRequest = 0;

export const usePackExportStore = create<PackExportState>()((set, get) => {
  /** Follows one job until it ends; a newer export replaces it, and this loop then stops. */
  const follow = async (jobId: string) => {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const current = get().job;
      if (current.state !== 'running' || current.jobId !== jobId) return;
      let answer;
      try {
        answer = await api.call('packs.job', { jobId });
      } catch (error) {
        set({ job: { state: 'failed', failure: failureOf(error) } });
        return;
      }
      const still = get().job;
      if (still.state !== 'running' || still.jobId !== jobId) return;
      if (answer.state === 'running') {
        set({ job: { ...still, progress: advanceProgress(still.progress, answer) } });
        continue;
      }
      if (answer.state === 'done') {
        set({ job: { state: 'done', packId: answer.packId, progress: doneProgress, export: answer.export } });
      } else {
        set({
          job: {
            state: 'failed',
            failure: { ...answer.error, target: targetOf(answer.error.code) },
          },
        });
      }
      void get().refreshHistory();
      return;
    }
  };

  return {
    fingerprint: null,
    options: { clauses: [...allPackClauses], includeInternalNotes: false, embedEvidence: true },
    job: { state: 'idle' },
    history: [],
    historyStatus: 'idle',
    historyFailure: null,
    chooseIdentity(fingerprint) {
      set({ fingerprint });
    },
    setOptions(options) {
      set({ options: { ...get().options, ...options } });
    },
    async start(passphrase) {
      const { fingerprint, options, job } = get();
      if (job.state === 'starting' || job.state === 'running') return;
      if (!fingerprint) {
        set({
          job: {
            state: 'failed',
            failure: { code: 'VALIDATION', message: 'Choose who signs the pack.', target: 'identity' },
          },
        });
        return;
      }
      if (options.clauses.length === 0) {
        set({
          job: {
            state: 'failed',
            failure: {
              code: 'VALIDATION',
              message: 'Choose at least one clause to include in the pack.',
              target: 'clauses',
            },
          },
        });
        return;
      }
      set({ job: { state: 'starting' } });
      try {
        const { jobId, packId } = await api.call('packs.start', { fingerprint, passphrase, options });
        set({ job: { state: 'running', jobId, packId, progress: initialProgress } });
        void follow(jobId);
      } catch (error) {
        set({ job: { state: 'failed', failure: failureOf(error) } });
      }
    },
    async refreshHistory() {
      const asked = ++historyRequest;
      if (get().historyStatus !== 'ready') set({ historyStatus: 'loading' });
      try {
        const { exports } = await api.call('packs.history', {});
        if (asked === historyRequest) set({ history: exports, historyStatus: 'ready', historyFailure: null });
      } catch (error) {
        if (asked === historyRequest) set({ historyStatus: 'failed', historyFailure: failureMessage(error) });
      }
    },
    fetchPack(id) {
      return api.call('packs.download', { id });
    },
    async download(id) {
      const { fileName, content } = await get().fetchPack(id);
      downloadFile({ fileName, mimeType: 'application/pdf', content });
    },
    dismissFailure(target) {
      const { job } = get();
      if (job.state === 'failed' && (target === undefined || job.failure.target === target))
        set({ job: { state: 'idle' } });
    },
    workspaceChanged() {
      const { job } = get();
      // A running export finishes into the workspace it started from; its progress stays in view.
      if (job.state !== 'running' && job.state !== 'starting') set({ job: { state: 'idle' } });
      set({ history: [], historyStatus: 'idle' });
      void get().refreshHistory();
    },
  };
});
