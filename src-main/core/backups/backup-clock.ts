/**
 * Time as rolling backups see it: what time it is, and a repeating timer. The app uses the system
 * clock; tests pass a clock they move by hand, so a 15-minute cadence is checked without waiting.
 */
export interface BackupClock {
  now(): Date;
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

export const systemClock: BackupClock = {
  now: () => new Date(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    // The timer alone never keeps a process alive: closing the workspace or quitting is enough.
    timer.unref();
    return () => clearInterval(timer);
  },
};
