import type Database from 'better-sqlite3';

/**
 * One run of the checks over one state of the registers on one day. Several rules need the same
 * expensive reading (every target judged against its latest measurements, a pass over a million
 * rows at scale): the first rule to ask works it out, the others reuse it. A rule run on its own
 * gets a run of its own, so it reads exactly what it would inside a full run. A run holds what it
 * read from one state of the registers: use it inside one transaction, never across a write.
 */
export class ReadinessRun {
  private readonly shared = new Map<string, unknown>();

  constructor(
    readonly db: Database.Database,
    readonly today: string,
  ) {}

  /** Gives the run the value under `key`, read by other means (e.g. in slices). */
  provide(key: string, value: unknown): void {
    this.shared.set(key, value);
  }

  /** The value under `key` for this run, computed on first use. */
  once<T>(key: string, compute: (db: Database.Database, today: string) => T): T {
    if (!this.shared.has(key)) this.shared.set(key, compute(this.db, this.today));
    return this.shared.get(key) as T;
  }
}
