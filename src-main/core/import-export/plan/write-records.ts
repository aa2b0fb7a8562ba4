import { createRecordIn, updateRecordIn } from '../../registers/records';
import type { RecordRegister } from '../../registers/specs';
import type { WriteContext } from '../../registers/write-context';
import type { ImportPacing } from '../import-pacing';
import type { PlannedRow } from './import-plan';
import { placeholdersIn, replacePlaceholders } from './placeholders';

/** A write that failed, with the row it came from, so the report can name it. */
export class RowWriteFailure extends Error {
  override readonly name = 'RowWriteFailure';
  constructor(
    readonly row: number,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/**
 * Writes the planned rows of a register with coded records, each through the register's own
 * create or update (so every change has its change-log entry and search-index update). Call
 * inside one transaction: the first failure throws and the caller rolls everything back.
 *
 * A row naming records that other rows create is written after them. Rows that name each other
 * in a circle (A depends on B, B on A) are first written without those references and then
 * updated with them. Between slices of rows it pauses for the event loop, the transaction still open.
 */
export async function writeRecordRows(
  context: WriteContext,
  register: RecordRegister,
  planned: readonly PlannedRow[],
  pacing: ImportPacing,
): Promise<void> {
  const rows = planned.filter((row) => row.action !== 'unchanged');
  const placeholders = new Set(rows.flatMap((row) => (row.placeholder ? [row.placeholder] : [])));
  const written = new Map<string, string>();
  const waitingFor = new Map(rows.map((row) => [row, placeholdersIn(row.values, placeholders)]));
  for (const [row, needed] of waitingFor) if (row.placeholder) needed.delete(row.placeholder);

  const write = (row: PlannedRow, values: Record<string, unknown>) => {
    try {
      if (row.id !== null) return updateRecordIn(context, register, row.id, values).id;
      const created = createRecordIn(context, register, values).id;
      written.set(row.placeholder!, created);
      return created;
    } catch (error) {
      throw new RowWriteFailure(row.row, error);
    }
  };

  let pending = rows;
  for (;;) {
    const ready = pending.filter((row) => [...waitingFor.get(row)!].every((needed) => written.has(needed)));
    if (ready.length === 0) break;
    for (const row of ready) {
      if (pacing.due) await pacing.pause();
      write(row, replacePlaceholders(row.values, placeholders, written));
    }
    const done = new Set(ready);
    pending = pending.filter((row) => !done.has(row));
  }
  // What is left names itself in a circle: write without the circle, then complete each record.
  const completed: { row: PlannedRow; id: string }[] = [];
  for (const row of pending) {
    if (pacing.due) await pacing.pause();
    completed.push({ row, id: write(row, replacePlaceholders(row.values, placeholders, written)) });
  }
  for (const { row, id } of completed) {
    if (pacing.due) await pacing.pause();
    try {
      updateRecordIn(context, register, id, replacePlaceholders(row.values, placeholders, written));
    } catch (error) {
      throw new RowWriteFailure(row.row, error);
    }
  }
}
