import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { clauseLibrary, type ClauseLibrary } from '../../api/schemas/clause-library';
import { clauseLibraryError, formatPath, type LibraryProblem } from './library-error';

/** The file types a clause library may be written in. */
export const libraryFileExtensions = ['.yaml', '.yml', '.json'] as const;

export function isLibraryFile(fileName: string): boolean {
  return (libraryFileExtensions as readonly string[]).includes(path.extname(fileName).toLowerCase());
}

/** Reads one library file and checks it against the library format; throws naming file and field. */
export function readLibraryFile(file: string): ClauseLibrary {
  const data = parseLibraryText(file, readText(file));
  const parsed = clauseLibrary.safeParse(data);
  if (!parsed.success)
    throw clauseLibraryError(
      file,
      parsed.error.issues.map((issue) => toProblem(issue, data)),
    );
  return parsed.data;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw clauseLibraryError(file, [{ path: '', message: `it cannot be read (${reason}).` }]);
  }
}

function parseLibraryText(file: string, text: string): unknown {
  if (path.extname(file).toLowerCase() === '.json') {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw clauseLibraryError(file, [
        { path: '', message: `it is not valid JSON (${(error as Error).message}).` },
      ]);
    }
  }
  try {
    // The failsafe schema reads every scalar as text, so 4.1 stays "4.1" and 10.1 never turns into a number.
    return yaml.load(text, { filename: file, schema: yaml.FAILSAFE_SCHEMA });
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.message : String(error);
    throw clauseLibraryError(file, [{ path: '', message: `it is not valid YAML (${reason}).` }]);
  }
}

/** A schema issue, with the clause number and item id it concerns when the path passes through them. */
function toProblem(issue: z.core.$ZodIssue, data: unknown): LibraryProblem {
  const where = landmarks(data, issue.path);
  return {
    path: formatPath(issue.path) + (where.length > 0 ? ` (${where.join(', ')})` : ''),
    message: issue.message,
  };
}

function landmarks(data: unknown, parts: readonly PropertyKey[]): string[] {
  let clause: string | null = null;
  let item: string | null = null;
  let node: unknown = data;
  let container: PropertyKey | undefined;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[part];
    if (typeof part === 'number' && node !== null && typeof node === 'object') {
      const { number, id } = node as Record<string, unknown>;
      if (container === 'clauses' && typeof number === 'string') clause = number;
      if (container === 'items' && typeof id === 'string') item = id;
    }
    container = part;
  }
  return [...(clause ? [`clause ${clause}`] : []), ...(item ? [`item ${item}`] : [])];
}
