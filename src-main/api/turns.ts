import type { Effect } from './method-spec';

/** What reading work may ask about the others while it runs. */
export interface ReadTurn {
  /** Settles as soon as work that writes is waiting for this work to finish. */
  writeWaiting: Promise<void>;
  /** Settles once no other work has run or waited for `ms` milliseconds. */
  quiet(ms: number): Promise<void>;
}

interface Waiting {
  effect: Effect;
  start(): void;
}

/**
 * Whose turn it is with the open workspace. Work that only reads runs beside other work that only
 * reads (API calls that read, a backup copying the file); work that writes, opens, closes or
 * restores runs alone. Each piece of work starts in the order it arrived and waits for everything
 * before it that it may not run beside: a read asked for after a write sees the write, a write
 * asked for while a backup copies the file starts only once the copy is finished, and a close
 * never lands in the middle of a backup.
 */
export class Turns {
  #reading = 0;
  #writing = false;
  readonly #waiting: Waiting[] = [];
  /** Reading work that wants to hear when a write starts waiting for it to finish. */
  readonly #writeWaitingListeners = new Set<() => void>();
  /** When work last started or ended, for `quiet`. */
  #lastBusyAt = 0;

  /**
   * Runs `work` in its turn. Reading work is told when work that writes starts waiting for it,
   * and when the others have gone quiet, for long reads (a backup) that would rather not keep
   * writes waiting nor slow down other reads.
   */
  async run<T>(effect: Effect, work: (turn: ReadTurn) => Promise<T> | T): Promise<T> {
    await this.#enter(effect);
    let stopListening = () => {};
    const writeWaiting =
      effect === 'reads'
        ? new Promise<void>((resolve) => {
            if (this.#waiting.some((waiting) => waiting.effect === 'writes')) return resolve();
            this.#writeWaitingListeners.add(resolve);
            stopListening = () => this.#writeWaitingListeners.delete(resolve);
          })
        : Promise.resolve();
    try {
      return await work({ writeWaiting, quiet: (ms) => this.#quiet(ms) });
    } finally {
      stopListening();
      this.#leave(effect);
    }
  }

  /** Waits until this work (reading) is the only work running, none is waiting, and that for `ms`. */
  async #quiet(ms: number): Promise<void> {
    for (;;) {
      const idle = this.#reading <= 1 && this.#waiting.length === 0;
      const remaining = idle ? ms - (performance.now() - this.#lastBusyAt) : ms;
      if (remaining <= 0) return;
      // Unreferenced: waiting for quiet never keeps a process alive.
      await new Promise((resolve) => setTimeout(resolve, remaining).unref());
    }
  }

  #enter(effect: Effect): Promise<void> {
    this.#lastBusyAt = performance.now();
    return new Promise((start) => {
      this.#waiting.push({ effect, start });
      if (effect === 'writes') {
        for (const listener of this.#writeWaitingListeners) listener();
        this.#writeWaitingListeners.clear();
      }
      this.#startWhatMay();
    });
  }

  #leave(effect: Effect): void {
    this.#lastBusyAt = performance.now();
    if (effect === 'writes') this.#writing = false;
    else this.#reading -= 1;
    this.#startWhatMay();
  }

  /** Starts waiting work from the front, in order, for as long as the next may start now. */
  #startWhatMay(): void {
    for (;;) {
      const next = this.#waiting[0];
      if (!next || this.#writing) return;
      if (next.effect === 'writes') {
        if (this.#reading > 0) return;
        this.#writing = true;
      } else {
        this.#reading += 1;
      }
      this.#waiting.shift();
      next.start();
    }
  }
}
