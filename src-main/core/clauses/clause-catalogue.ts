import { readdirSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_CLAUSE_LIBRARY_ID,
  type ClauseLibrary,
  type ClauseLibraryInfo,
} from '../../api/schemas/clause-library';
import { ClausebookError } from '../../api/errors';
import { iso20000Part1Edition2018 } from './iso20000-1-2018-outline';
import { clauseLibraryError } from './library-error';
import { defaultClauseLibraryFolder } from './library-folder';
import { structureProblems } from './library-structure';
import { isLibraryFile, readLibraryFile } from './read-library-file';
import { isOutlineOf, outlineProblems, type StandardOutline } from './standard-outline';

/** The library used when none is named: ISO/IEC 20000-1:2018 in English. */
export { DEFAULT_CLAUSE_LIBRARY_ID };

/** The outlines libraries are checked against, by the standard they declare. */
const knownOutlines: readonly StandardOutline[] = [iso20000Part1Edition2018];

export interface LoadedClauseLibrary {
  file: string;
  library: ClauseLibrary;
}

const loaded = new Map<string, readonly LoadedClauseLibrary[]>();

/**
 * Every clause library in a folder (by default the shipped assets/clause-libraries): each
 * .yaml, .yml or .json file is one library, so adding a standard or a language is adding a file.
 * Each is checked against the format, the tree rules and, for a standard whose outline is known,
 * the outline. Read once per folder, then served from memory; any bad file fails the whole load
 * with an error naming the file and the field.
 */
export function loadClauseLibraries(
  folder: string = defaultClauseLibraryFolder(),
): readonly LoadedClauseLibrary[] {
  const key = path.resolve(folder);
  const cached = loaded.get(key);
  if (cached) return cached;
  const libraries = libraryFiles(key).map((file) => ({ file, library: checkedLibrary(file) }));
  const byId = new Map<string, string>();
  for (const { file, library } of libraries) {
    const other = byId.get(library.id);
    if (other) {
      throw clauseLibraryError(file, [
        { path: 'id', message: `the id ${library.id} is already used by ${path.basename(other)}.` },
      ]);
    }
    byId.set(library.id, file);
  }
  libraries.sort((a, b) => a.library.id.localeCompare(b.library.id));
  loaded.set(key, libraries);
  return libraries;
}

/** Id, version, locale, standard and title of every available library. */
export function listClauseLibraries(folder?: string): ClauseLibraryInfo[] {
  return loadClauseLibraries(folder).map(({ library: { id, version, locale, standard, title } }) => ({
    id,
    version,
    locale,
    standard,
    title,
  }));
}

/** One library by id (the default when none is given); NOT_FOUND naming the ones there are. */
export function findClauseLibrary(id: string = DEFAULT_CLAUSE_LIBRARY_ID, folder?: string): ClauseLibrary {
  const libraries = loadClauseLibraries(folder);
  const found = libraries.find(({ library }) => library.id === id);
  if (found) return found.library;
  const available = libraries.map(({ library }) => library.id).join(', ') || 'none';
  throw new ClausebookError('NOT_FOUND', `There is no clause library "${id}". Available: ${available}.`);
}

function libraryFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter(isLibraryFile).sort();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ClausebookError('INTERNAL', `The clause library folder ${folder} cannot be read (${reason}).`);
  }
  if (names.length === 0) throw new ClausebookError('INTERNAL', `There is no clause library in ${folder}.`);
  return names.map((name) => path.join(folder, name));
}

function checkedLibrary(file: string): ClauseLibrary {
  const library = readLibraryFile(file);
  const outline = knownOutlines.find((candidate) => isOutlineOf(candidate, library.standard));
  const problems = [...structureProblems(library), ...(outline ? outlineProblems(library, outline) : [])];
  if (problems.length > 0) throw clauseLibraryError(file, problems);
  return library;
}
