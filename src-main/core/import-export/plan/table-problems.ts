import type { Table } from '../table/table';
import { rowProblem, type ImportProblem } from './import-problem';

/**
 * Problems found while reading the file, by row: cells that could not be read (only in columns
 * being imported: a formula in a column left out does not matter) and malformed rows. A row with
 * such a problem is not checked further, so it is not also reported as, say, missing a value.
 */
export function tableProblemsByRow(
  table: Table,
  importedColumns: ReadonlySet<number>,
): Map<number, ImportProblem[]> {
  const byRow = new Map<number, ImportProblem[]>();
  const add = (problem: ImportProblem & { row: number }) => {
    const list = byRow.get(problem.row);
    if (list) list.push(problem);
    else byRow.set(problem.row, [problem]);
  };
  for (const problem of table.rowProblems)
    add({ ...rowProblem(problem.row, null, problem.message), row: problem.row });
  for (const problem of table.cellProblems) {
    if (!importedColumns.has(problem.column)) continue;
    const place = { header: table.headers[problem.column] ?? '', index: problem.column };
    add({ ...rowProblem(problem.row, place, problem.message), row: problem.row });
  }
  return byRow;
}
