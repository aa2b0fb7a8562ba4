/**
 * Long work on the thread that owns the workspace, done in slices so the event loop keeps turning
 * between them: Electron's main process goes on receiving messages and running timers while a
 * large import or pack collection is under way. Calls that write wait until every call before
 * them has finished (HandlerRegistry's turns), so nothing writes between the slices of an awaited
 * call; other calls that only read may run between them.
 */

/** Lets everything the event loop has waiting (I/O, timers, messages) run, then resumes. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How long a slice may run before it gives way: well within the 100 ms a task may take. */
export const DEFAULT_SLICE_MS = 30;

/**
 * Measures the time since the last yield. Call `checkpoint()` between units of work (a record, a
 * chunk of rows, a query): it yields only once the slice has run `sliceMs`, so it is cheap to call
 * often, and a slice lasts at most `sliceMs` plus one unit of work.
 */
export class EventLoopSlicer {
  #sliceStart = performance.now();

  constructor(readonly sliceMs: number = DEFAULT_SLICE_MS) {}

  /** Whether the current slice has run its time. */
  get due(): boolean {
    return performance.now() - this.#sliceStart >= this.sliceMs;
  }

  /** Yields to the event loop when the slice has run its time; otherwise carries straight on. */
  async checkpoint(): Promise<void> {
    if (!this.due) return;
    await yieldToEventLoop();
    this.#sliceStart = performance.now();
  }
}
