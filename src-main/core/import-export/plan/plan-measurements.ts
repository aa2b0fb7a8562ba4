import type Database from 'better-sqlite3';
import type { ReadContext } from '../cells/codec';
import type { RegisterColumns } from '../columns/column';
import type { ImportPacing } from '../import-pacing';
import type { Table } from '../table/table';
import { PlanTally, type PlanSummary } from './import-plan';
import { rowProblem, type ImportProblem } from './import-problem';
import { readRow } from './read-row';
import { ReferenceIndexes } from './reference-index';
import { issueProblems, zodIssues } from './schema-issues';
import { tableProblemsByRow } from './table-problems';
import type { MeasurementRowValues, MeasurementWriter } from './write-measurements';

/** A measurement already in the workspace, as the import compares and replaces it. */
export interface StoredMeasurement {
  id: string;
  targetId: string;
  periodStart: string;
  value: number;
  note: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Plans a measurement import, and with a writer also writes it, one row at a time as the file is
 * read: a row for a target and period that already has a value updates it, any other row adds
 * one. Nothing is kept per row but the target and period it fills (to refuse a period given
 * twice), so the memory a file needs does not grow with its values.
 *
 * Targets are resolved from one index built once; whether a period has a value already is one
 * lookup in the measurement table's own unique index. With a writer, rows are written as they are
 * checked until the first problem, after which rows are only checked: the caller runs this inside
 * one transaction and rolls it back when the summary has any problem, so the file is imported
 * all or nothing. Between slices of rows it pauses for the event loop, the transaction still open.
 */
export async function planMeasurementImport(
  db: Database.Database,
  register: RegisterColumns,
  table: Table,
  positions: ReadonlyMap<string, number>,
  writer: MeasurementWriter | null,
  pacing: ImportPacing,
): Promise<PlanSummary> {
  const problems: ImportProblem[] = [];
  const readProblems = tableProblemsByRow(table, new Set(positions.values()));
  const indexes = new ReferenceIndexes(db);
  const targets = indexes.get('targets');
  const context: ReadContext = {
    resolve: (target, text) => indexes.get(target).resolve(text),
    date1904: table.date1904,
  };
  const stored = db.prepare(
    `SELECT id, target_id AS targetId, period_start AS periodStart, value, note,
            created_at AS createdAt, updated_at AS updatedAt
       FROM measurement WHERE target_id = ? AND period_start = ?`,
  );
  const periods = new PeriodsSeen();
  const tally = new PlanTally();
  const noteMapped = positions.has('note');

  for (const row of table.rows()) {
    // Between rows no statement is open: the file's rows come from a JS generator, not SQLite.
    if (pacing.due) await pacing.pause();
    const rowProblems = readProblems.get(row.number);
    if (rowProblems) {
      problems.push(...rowProblems);
      continue;
    }
    const read = readRow(register, table.headers, positions, row, {}, context);
    if (read.problems.length > 0) {
      problems.push(...read.problems);
      continue;
    }
    const parsed = register.schema.safeParse(read.values);
    if (!parsed.success) {
      problems.push(
        ...issueProblems(register, table.headers, positions, row.number, zodIssues(parsed.error)),
      );
      continue;
    }
    const values = parsed.data as MeasurementRowValues;
    // Checked before the workspace is asked, which by now holds the rows written before this one.
    const earlier = periods.see(values.targetId, values.periodStart, row.number);
    if (earlier !== null) {
      problems.push(
        rowProblem(
          row.number,
          null,
          `${targets.codeOf(values.targetId)} has a value for the period starting ${values.periodStart} in row ${earlier} already; give each period once.`,
        ),
      );
      continue;
    }
    const before = (stored.get(values.targetId, values.periodStart) as StoredMeasurement | undefined) ?? null;
    // Without a Note column, an existing note stays.
    if (before && !noteMapped) values.note = before.note;
    const unchanged = before !== null && before.value === values.value && before.note === values.note;
    const action = before ? (unchanged ? 'unchanged' : 'update') : 'create';
    tally.add(row.number, action, () => `${targets.codeOf(values.targetId)} ${values.periodStart}`);
    if (writer && problems.length === 0 && action !== 'unchanged') writer.write(values, before);
  }
  return tally.summary('measurements', problems);
}

/**
 * The target and period of every row so far, with the row that gave it: for each target, its
 * periods as day counts (small integers, cheap to keep a million of).
 */
class PeriodsSeen {
  readonly #byTarget = new Map<string, Map<number, number>>();

  /** The row that gave this target and period before, or null after noting this row as giving it. */
  see(targetId: string, periodStart: string, row: number): number | null {
    let periods = this.#byTarget.get(targetId);
    if (!periods) {
      periods = new Map();
      this.#byTarget.set(targetId, periods);
    }
    // A schema-checked YYYY-MM-DD date as a count that is unique per date, if not calendar-exact.
    const day =
      Number(periodStart.slice(0, 4)) * 372 +
      Number(periodStart.slice(5, 7)) * 31 +
      Number(periodStart.slice(8, 10));
    const earlier = periods.get(day);
    if (earlier !== undefined) return earlier;
    periods.set(day, row);
    return null;
  }
}
