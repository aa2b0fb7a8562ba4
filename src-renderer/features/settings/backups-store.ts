import { create } from 'zustand';
import type { BackupEntry, BackupListing, RestoreReport } from '../../../src-main/api/schemas/backups';
import { failureMessage } from '../../api/api-error';
import { api } from '../../api/client';
import { formatByteSize } from '../../shared/format/byte-size';
import { describeBackupTime } from './backup-words';

/** Carries the outcome of a restore across the reload that follows it. */
const RESTORED_KEY = 'clausebook:restored-backup';

interface BackupsState {
  /** `loading` only before the first answer; later refreshes keep showing the list. */
  status: 'loading' | 'ready' | 'failed';
  listing: BackupListing | null;
  failure: string | null;
  creating: boolean;
  /** What the last action did, in words, for the live region. */
  outcome: { tone: 'done' | 'failed'; message: string } | null;
  /** The restore finished before the reload, read once after it. */
  restored: RestoreReport | null;
  load(): Promise<void>;
  backUpNow(): Promise<BackupEntry | null>;
  /** Restores and reloads the app; rejects (for the dialog to show) when the core refuses. */
  restore(entry: BackupEntry): Promise<void>;
  /** Picks up the restore outcome left by the previous page load, if any. */
  takeRestoredOutcome(): void;
  dismissOutcome(): void;
}

export const useBackupsStore = create<BackupsState>()((set, get) => ({
  status: 'loading',
  listing: null,
  failure: null,
  creating: false,
  outcome: null,
  restored: null,
  async load() {
    try {
      const listing = await api.call('backups.list', {});
      set({ status: 'ready', listing, failure: null });
    } catch (error) {
      set({ status: 'failed', failure: failureMessage(error) });
    }
  },
  async backUpNow() {
    if (get().creating) return null;
    set({ creating: true, outcome: null, restored: null });
    try {
      const entry = await api.call('backups.create', {});
      const when = describeBackupTime(entry.takenAt, new Date());
      set({
        creating: false,
        outcome: { tone: 'done', message: `Backed up ${when} (${formatByteSize(entry.sizeBytes)}).` },
      });
      await get().load();
      return entry;
    } catch (error) {
      set({ creating: false, outcome: { tone: 'failed', message: failureMessage(error) } });
      return null;
    }
  },
  async restore(entry) {
    const report = await api.call('backups.restore', { id: entry.id });
    // Every screen's data changed at once: start the app afresh rather than patch each store.
    sessionStorage.setItem(RESTORED_KEY, JSON.stringify(report));
    window.location.reload();
  },
  takeRestoredOutcome() {
    const saved = sessionStorage.getItem(RESTORED_KEY);
    if (saved === null) return;
    sessionStorage.removeItem(RESTORED_KEY);
    try {
      set({ restored: JSON.parse(saved) as RestoreReport, outcome: null });
    } catch {
      // Not ours to read; nothing to say.
    }
  },
  dismissOutcome: () => set({ outcome: null, restored: null }),
}));
