import type { BackupClock } from '../../src-main/core/backups/backup-clock';

/** A clock that moves only when told to, firing the timers that fall due on the way. */
export class FakeBackupClock implements BackupClock {
  #now: number;
  #timers = new Map<number, { every: number; due: number; tick: () => void }>();
  #nextId = 1;

  constructor(start: Date) {
    this.#now = start.getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  every(ms: number, tick: () => void): () => void {
    const id = this.#nextId++;
    this.#timers.set(id, { every: ms, due: this.#now + ms, tick });
    return () => this.#timers.delete(id);
  }

  /** Timers still running. */
  get running(): number {
    return this.#timers.size;
  }

  /** Moves time forward by `ms`, firing each timer as its moments pass, in time order. */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const next = [...this.#timers.values()]
        .filter((timer) => timer.due <= end)
        .sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.#now = next.due;
      next.due += next.every;
      next.tick();
    }
    this.#now = end;
  }
}
