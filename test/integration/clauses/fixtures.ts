import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { repoRoot } from '../../helpers/cli';

export const shippedFolder = path.join(repoRoot, 'assets/clause-libraries');
export const shippedFile = path.join(shippedFolder, 'iso20000-1-2018.en.yaml');

/** The outline's clauses, [number, title] in document order, from the copy kept beside the tests. */
export function outlineClauses(): [string, string][] {
  return readFileSync(path.join(import.meta.dirname, 'iso20000-1-2018-outline.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^(\d+(?:\.\d+)*)\s+(\S.*)$/.exec(line.trimEnd());
      if (!match?.[1] || !match[2]) throw new Error(`Unreadable outline line: ${line}`);
      return [match[1], match[2]];
    });
}

/** The shipped library as plain data, for tests that write altered copies. */
export function shippedData(): Record<string, unknown> {
  return yaml.load(readFileSync(shippedFile, 'utf8'), { schema: yaml.FAILSAFE_SCHEMA }) as Record<
    string,
    unknown
  >;
}

export function copyShippedLibrary(folder: string): string {
  const target = path.join(folder, path.basename(shippedFile));
  copyFileSync(shippedFile, target);
  return target;
}

export function writeYaml(folder: string, name: string, data: unknown): string {
  const file = path.join(folder, name);
  writeFileSync(file, yaml.dump(data, { lineWidth: 120 }));
  return file;
}

export function writeJson(folder: string, name: string, data: unknown): string {
  const file = path.join(folder, name);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

interface RawClause {
  number: string;
  title: string;
  items?: Record<string, unknown>[];
  clauses?: RawClause[];
}

/** Finds a clause by number in plain library data, to alter it in place. */
export function rawClause(data: Record<string, unknown>, number: string): RawClause {
  const search = (clauses: RawClause[]): RawClause | undefined => {
    for (const clause of clauses) {
      if (clause.number === number) return clause;
      const found = search(clause.clauses ?? []);
      if (found) return found;
    }
    return undefined;
  };
  const found = search(data.clauses as RawClause[]);
  if (!found) throw new Error(`No clause ${number} in the data.`);
  return found;
}
