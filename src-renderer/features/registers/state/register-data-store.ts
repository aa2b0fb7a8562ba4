import { create } from 'zustand';
import { useWorkspaceStore } from '../../workspace/workspace-store';
import { useOptionLabels } from './option-labels-store';

interface RegisterDataState {
  /**
   * Goes up by one whenever register data changes (a save, a delete, another workspace): lists,
   * details and labels fetched at an older epoch are fetched again when next shown.
   */
  epoch: number;
  /** Call after every write. */
  changed(): void;
  /** Another workspace is open: nothing fetched so far holds. */
  replaced(): void;
}

export const useRegisterData = create<RegisterDataState>()((set) => ({
  epoch: 0,
  changed() {
    set((state) => ({ epoch: state.epoch + 1 }));
    useOptionLabels.getState().forget();
    // Counts and file size on the dashboard changed with the write; fetch them without waiting.
    void useWorkspaceStore.getState().load();
  },
  replaced() {
    set((state) => ({ epoch: state.epoch + 1 }));
    useOptionLabels.getState().forget();
  },
}));

interface FlashState {
  /** A short confirmation of what just happened ("Supplier SUP-004 created."). */
  message: string | null;
  /** The route (`#/…`) the message belongs to; it is shown only there, so it goes when the user moves on. */
  href: string | null;
  show(message: string, href: string): void;
  clear(): void;
}

export const useFlashStore = create<FlashState>()((set) => ({
  message: null,
  href: null,
  show: (message, href) => set({ message, href }),
  clear: () => set({ message: null, href: null }),
}));
