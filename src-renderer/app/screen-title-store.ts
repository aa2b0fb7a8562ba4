import { useEffect } from 'react';
import { create } from 'zustand';

interface ScreenTitleState {
  /** What the screen shows within its section, e.g. a record's name; null on a section's own screen. */
  place: string | null;
  set(place: string | null): void;
}

export const useScreenTitleStore = create<ScreenTitleState>()((set) => ({
  place: null,
  set: (place) => set({ place }),
}));

/** Puts `place` in front of the section in the window title while the calling screen is shown. */
export function useScreenTitle(place: string | null): void {
  useEffect(() => {
    useScreenTitleStore.getState().set(place);
    return () => useScreenTitleStore.getState().set(null);
  }, [place]);
}
