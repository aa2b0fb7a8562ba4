import { isDeepStrictEqual } from 'node:util';
import type { RecordRegisterName } from '../../../src-main/api/schemas/registers/record-api';

/**
 * Where a piece of written state is read back from the reopened workspace. Everything is found by
 * a name the writer chose (a record's code, an evidence file's name), so even a write whose answer
 * never came back, and whose id is therefore unknown, can be looked for.
 */
export type Lookup =
  | { kind: 'record'; register: RecordRegisterName; code: string }
  | { kind: 'measurement'; targetId: string; periodStart: string }
  | { kind: 'assessment'; itemId: string }
  | { kind: 'evidence'; fileName: string }
  | { kind: 'finding'; code: string }
  | { kind: 'engagement' };

/** What the state must be: gone, or there with these field values. */
export type Expected = { present: false } | { present: true; fields: Record<string, unknown> };

export const ABSENT: Expected = { present: false };

export function keyOf(lookup: Lookup): string {
  switch (lookup.kind) {
    case 'record':
      return `${lookup.register}:${lookup.code}`;
    case 'measurement':
      return `measurement:${lookup.targetId}:${lookup.periodStart}`;
    case 'assessment':
      return `assessment:${lookup.itemId}`;
    case 'evidence':
      return `evidence:${lookup.fileName}`;
    case 'finding':
      return `finding:${lookup.code}`;
    case 'engagement':
      return 'engagement';
  }
}

/** One piece of state a write set, as the ledger is told of it. */
export interface Change {
  lookup: Lookup;
  expected: Expected;
  /** The state before, when the ledger has no entry yet but the writer knows it (a fresh code is absent). */
  before?: Expected;
  /** Writes whose pieces must all be there or all be gone together (the rows of one import). */
  group?: string;
}

export interface LedgerEntry {
  key: string;
  lookup: Lookup;
  /**
   * The states the workspace may be in: one after an acknowledged write; two when the last write
   * was in flight when the process was killed, so either its state or the one before is right.
   */
  acceptable: Expected[];
  /** The write that set the state, for a failure message that says what was lost. */
  writtenBy: string;
  group: string | null;
}

/**
 * Every write the app acknowledged, with what to look for afterwards. A write whose answer never
 * came back is unknown, not lost: it widens what is acceptable instead of setting it.
 */
export class WriteLedger {
  readonly #entries = new Map<string, LedgerEntry>();

  acknowledged(change: Change, writtenBy: string): string {
    const key = keyOf(change.lookup);
    this.#entries.set(key, {
      key,
      lookup: change.lookup,
      acceptable: [change.expected],
      writtenBy,
      group: change.group ?? null,
    });
    return key;
  }

  /** Returns the key, or null when nothing can be said (no earlier state is known). */
  unknown(change: Change, writtenBy: string): string | null {
    const key = keyOf(change.lookup);
    const before = this.#entries.get(key)?.acceptable ?? (change.before ? [change.before] : null);
    if (before === null) {
      this.#entries.delete(key);
      return null;
    }
    const acceptable = before.some((state) => isDeepStrictEqual(state, change.expected))
      ? before
      : [...before, change.expected];
    this.#entries.set(key, {
      key,
      lookup: change.lookup,
      acceptable,
      writtenBy: `${writtenBy} (in flight when killed)`,
      group: change.group ?? null,
    });
    return key;
  }

  /** After a check: the state found is now the one state to expect. */
  settle(key: string, found: Expected): void {
    const entry = this.#entries.get(key);
    if (entry) entry.acceptable = [found];
  }

  get(key: string): LedgerEntry | undefined {
    return this.#entries.get(key);
  }

  /** The measurements of a target, which go with it when it is deleted. */
  measurementsOf(targetId: string): LedgerEntry[] {
    return [...this.#entries.values()].filter(
      (entry) => entry.lookup.kind === 'measurement' && entry.lookup.targetId === targetId,
    );
  }

  get keys(): string[] {
    return [...this.#entries.keys()];
  }

  get size(): number {
    return this.#entries.size;
  }
}

export function matches(found: Expected, acceptable: readonly Expected[]): boolean {
  return acceptable.some((state) => isDeepStrictEqual(state, found));
}
