import type { z } from 'zod';
import { ClausebookError } from '../../../api/errors';
import type { ColumnDefinition, RegisterColumns } from '../columns/column';
import { rowProblem, type ColumnPlace, type ImportProblem } from './import-problem';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Turns the register schema's findings into problems naming the row and the column, with the
 * schema's own messages, the same the app's forms show beside a field. An issue inside a list
 * cell names the item ("item 2: Enter the component name.").
 */
export function issueProblems(
  register: RegisterColumns,
  headers: readonly string[],
  positions: ReadonlyMap<string, number>,
  row: number,
  issues: readonly Issue[],
): ImportProblem[] {
  return issues.map((issue) => {
    const column = columnFor(register.columns, issue.path);
    if (!column) {
      const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      return rowProblem(row, null, `${where}${issue.message}`);
    }
    const item = issue.path[column.path.length];
    const message = typeof item === 'number' ? `item ${item + 1}: ${issue.message}` : issue.message;
    return rowProblem(row, placeOf(column, headers, positions), message);
  });
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

/** The issues a core rule reported by throwing (e.g. a contract made with an internal supplier). */
export function thrownIssues(error: unknown): Issue[] | null {
  if (!(error instanceof ClausebookError)) return null;
  const details = error.details as { issues?: Issue[] } | undefined;
  return details?.issues && details.issues.length > 0
    ? details.issues
    : [{ path: [], message: error.message }];
}

export function placeOf(
  column: ColumnDefinition,
  headers: readonly string[],
  positions: ReadonlyMap<string, number>,
): ColumnPlace {
  const index = positions.get(column.key);
  return index === undefined
    ? { header: column.header, index: -1, missing: true }
    : { header: headers[index] ?? '', index };
}

function columnFor(
  columns: readonly ColumnDefinition[],
  path: readonly PropertyKey[],
): ColumnDefinition | null {
  let best: ColumnDefinition | null = null;
  for (const column of columns) {
    const matches = column.path.every((part, index) => path[index] === part);
    if (matches && (!best || column.path.length > best.path.length)) best = column;
  }
  return best;
}
