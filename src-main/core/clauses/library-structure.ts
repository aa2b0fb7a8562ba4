import type { ClauseLibrary } from '../../api/schemas/clause-library';
import { walkClauses, walkItems } from './clause-tree';
import type { LibraryProblem } from './library-error';

/**
 * The rules a library's tree must keep beyond its field formats: every clause number once, each
 * sub-clause numbered under its parent and in order, every lowest-level clause assessable, and
 * every item id once and prefixed by its clause's number.
 */
export function structureProblems(library: ClauseLibrary): LibraryProblem[] {
  const problems: LibraryProblem[] = [];
  const numbers = new Map<string, string>();
  for (const { clause, parent, path } of walkClauses(library.clauses)) {
    const seen = numbers.get(clause.number);
    if (seen)
      problems.push({
        path: `${path}.number`,
        message: `clause ${clause.number} appears twice (also at ${seen}).`,
      });
    else numbers.set(clause.number, path);

    const expectedPrefix = parent ? `${parent.number}.` : '';
    const ownPart = clause.number.slice(expectedPrefix.length);
    if (!clause.number.startsWith(expectedPrefix) || ownPart === '' || ownPart.includes('.')) {
      problems.push({
        path: `${path}.number`,
        message: parent
          ? `clause ${clause.number} is listed under ${parent.number} but is not numbered as one of its sub-clauses.`
          : `clause ${clause.number} is at the top level but is numbered as a sub-clause.`,
      });
    }
    if (clause.items.length === 0 && clause.clauses.length === 0) {
      problems.push({
        path,
        message: `clause ${clause.number} has neither requirement items nor sub-clauses.`,
      });
    }
    problems.push(
      ...orderProblems(
        clause.clauses.map((child) => child.number),
        `${path}.clauses`,
      ),
    );
  }
  problems.push(
    ...orderProblems(
      library.clauses.map((clause) => clause.number),
      'clauses',
    ),
  );

  const ids = new Map<string, string>();
  for (const { item, clause, path } of walkItems(library.clauses)) {
    const seen = ids.get(item.id);
    if (seen)
      problems.push({ path: `${path}.id`, message: `item id ${item.id} appears twice (also at ${seen}).` });
    else ids.set(item.id, path);
    if (!item.id.startsWith(`${clause.number}-`)) {
      problems.push({
        path: `${path}.id`,
        message: `item ${item.id} belongs to clause ${clause.number}, so its id must start with "${clause.number}-".`,
      });
    }
  }
  return problems;
}

/** Siblings whose last number parts are numeric must be in ascending order. */
function orderProblems(numbers: readonly string[], path: string): LibraryProblem[] {
  const problems: LibraryProblem[] = [];
  for (let index = 1; index < numbers.length; index += 1) {
    const previous = lastPart(numbers[index - 1] ?? '');
    const current = lastPart(numbers[index] ?? '');
    if (previous !== null && current !== null && current <= previous) {
      problems.push({
        path: `${path}[${index}].number`,
        message: `clause ${numbers[index]} comes after ${numbers[index - 1]}; list sub-clauses in ascending order.`,
      });
    }
  }
  return problems;
}

function lastPart(number: string): number | null {
  const part = number.slice(number.lastIndexOf('.') + 1);
  return /^\d+$/.test(part) ? Number(part) : null;
}
