import type { ReadContext } from '../cells/codec';
import type { RegisterColumns } from '../columns/column';
import type { TableRow } from '../table/table';
import { rowProblem, type ImportProblem } from './import-problem';

/**
 * Reads the mapped cells of one row on top of `base` (the record's current values for an update,
 * nothing for a new record), so columns the file does not have keep their values. Each cell that
 * cannot be read is one problem naming its column.
 */
export function readRow(
  register: RegisterColumns,
  headers: readonly string[],
  positions: ReadonlyMap<string, number>,
  row: TableRow,
  base: Record<string, unknown>,
  context: ReadContext,
  skip: ReadonlySet<string> = new Set(),
): { values: Record<string, unknown>; problems: ImportProblem[] } {
  const values = structuredClone(base);
  const problems: ImportProblem[] = [];
  for (const column of register.columns) {
    const index = positions.get(column.key);
    if (index === undefined || skip.has(column.key)) continue;
    const read = column.codec.read(row.cells[index] ?? null, context);
    if (!read.ok) {
      problems.push(rowProblem(row.number, { header: headers[index] ?? '', index }, read.message));
      continue;
    }
    const [field, nested] = column.path;
    if (nested === undefined) values[field] = read.value;
    else values[field] = { ...(values[field] as object | undefined), [nested]: read.value };
  }
  return { values, problems };
}
