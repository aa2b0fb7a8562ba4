import { existsSync } from 'node:fs';
import path from 'node:path';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

export const MAX_RECENT_WORKSPACES = 10;
export const RECENT_WORKSPACES_FILE = 'recent-workspaces.json';

/** Puts `file` first, drops any earlier entry for the same file, keeps at most `max`. */
export function addRecent(list: readonly string[], file: string, max = MAX_RECENT_WORKSPACES): string[] {
  const key = path.resolve(file);
  return [key, ...list.filter((entry) => path.resolve(entry) !== key)].slice(0, max);
}

export function removeRecent(list: readonly string[], file: string): string[] {
  const key = path.resolve(file);
  return list.filter((entry) => path.resolve(entry) !== key);
}

/** Reads whatever is on disk defensively: only absolute path strings, de-duplicated, in order. */
export function parseRecent(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const paths = value.filter((entry): entry is string => typeof entry === 'string' && path.isAbsolute(entry));
  return paths.reduceRight<string[]>((list, entry) => addRecent(list, entry), []);
}

/** The recently used workspaces, most recent first, kept in a JSON file in userData. */
export class RecentWorkspaces {
  #list: string[] | null = null;

  constructor(
    private readonly file: string,
    private readonly exists: (file: string) => boolean = existsSync,
  ) {}

  /** Files that were moved or deleted since they were used are dropped from the list. */
  list(): string[] {
    this.#list ??= parseRecent(readJsonFile(this.file));
    const present = this.#list.filter((entry) => this.exists(entry));
    if (present.length !== this.#list.length) this.#save(present);
    return [...present];
  }

  add(file: string): void {
    this.#save(addRecent(this.list(), file));
  }

  remove(file: string): void {
    this.#save(removeRecent(this.list(), file));
  }

  clear(): void {
    this.#save([]);
  }

  #save(list: string[]): void {
    this.#list = list;
    writeJsonFileAtomic(this.file, list);
  }
}
