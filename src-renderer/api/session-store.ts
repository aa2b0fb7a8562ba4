import { create } from 'zustand';

interface SessionState {
  /** Set once the loopback host has refused a request; the app then shows only the session-ended screen. */
  ended: boolean;
  markEnded(): void;
}

/** Whether the browser session with the loopback host is still valid. Electron sessions never end. */
export const useSessionStore = create<SessionState>()((set) => ({
  ended: false,
  markEnded: () => set({ ended: true }),
}));
