import path from 'node:path';
import { ClausebookError } from '../../api/errors';

export interface LibraryProblem {
  /** Where in the file, e.g. clauses[3].clauses[2].items[1].guidance; empty for the whole file. */
  path: string;
  message: string;
}

/**
 * A clause library that cannot be used. A shipped library is part of the app, so a broken one is
 * a defect of the installation (INTERNAL); the message names the file and the field.
 */
export function clauseLibraryError(file: string, problems: readonly LibraryProblem[]): ClausebookError {
  const [first] = problems;
  const where = first?.path ? ` at ${first.path}` : '';
  const more =
    problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new ClausebookError(
    'INTERNAL',
    `The clause library ${path.basename(file)} is not valid${where}: ${first?.message ?? 'unknown problem'}${more}`,
    { file, problems },
  );
}

/** A zod-style path as text: clauses[3].items[1].guidance. */
export function formatPath(parts: readonly PropertyKey[]): string {
  return parts
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
