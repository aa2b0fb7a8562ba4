import type { ClauseLibrary, StandardReference } from '../../api/schemas/clause-library';
import { walkClauses } from './clause-tree';
import type { LibraryProblem } from './library-error';

/** The clause numbers and titles of one edition of a standard, in the language of its titles. */
export interface StandardOutline {
  standard: StandardReference;
  /** The language the titles are in; libraries in other languages are held to the numbers only. */
  language: string;
  clauses: readonly (readonly [number: string, title: string])[];
}

export function isOutlineOf(outline: StandardOutline, standard: StandardReference): boolean {
  return outline.standard.name === standard.name && outline.standard.edition === standard.edition;
}

/**
 * How a library departs from its standard's outline: a clause missing, one the standard does not
 * have, one out of order, or (in the outline's language) a title that differs.
 */
export function outlineProblems(library: ClauseLibrary, outline: StandardOutline): LibraryProblem[] {
  const problems: LibraryProblem[] = [];
  const name = `${outline.standard.name}:${outline.standard.edition}`;
  const expected = new Map(outline.clauses);
  const listed = [...walkClauses(library.clauses)];
  const present = new Set(listed.map(({ clause }) => clause.number));
  const sameLanguage = library.locale.split('-')[0] === outline.language;

  for (const { clause, path } of listed) {
    const title = expected.get(clause.number);
    if (title === undefined) {
      problems.push({ path: `${path}.number`, message: `${name} has no clause ${clause.number}.` });
    } else if (sameLanguage && clause.title !== title) {
      problems.push({
        path: `${path}.title`,
        message: `clause ${clause.number} is titled "${title}" in ${name}, not "${clause.title}".`,
      });
    }
  }
  const missing = outline.clauses.filter(([number]) => !present.has(number));
  for (const [number, title] of missing) {
    problems.push({ path: 'clauses', message: `clause ${number} (${title}) of ${name} is missing.` });
  }
  if (missing.length === 0 && listed.length === outline.clauses.length) {
    const order = listed.map(({ clause }) => clause.number);
    const index = order.findIndex((number, at) => number !== outline.clauses[at]?.[0]);
    if (index >= 0) {
      problems.push({
        path: listed[index]?.path ?? 'clauses',
        message: `clause ${order[index]} is out of order; ${name} has ${outline.clauses[index]?.[0]} here.`,
      });
    }
  }
  return problems;
}
