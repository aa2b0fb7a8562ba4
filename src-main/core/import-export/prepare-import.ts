import type Database from 'better-sqlite3';
import type { RegisterName } from '../registers/register-names';
import type { WriteContext } from '../registers/write-context';
import { registerColumns } from './columns';
import { checkMapping, proposeMapping, type ColumnMapping } from './plan/column-mapping';
import { PlanTally, type PlanSummary } from './plan/import-plan';
import { fileProblem, type ImportProblem } from './plan/import-problem';
import { ImportPacing } from './import-pacing';
import { planMeasurementImport } from './plan/plan-measurements';
import { planRecordImport } from './plan/plan-records';
import { MeasurementWriter } from './plan/write-measurements';
import { writeRecordRows } from './plan/write-records';
import { readTable } from './table/read-table';
import type { Table } from './table/table';

/** A file to import, as the API receives it. */
export interface ImportSource {
  register: RegisterName;
  bytes: Uint8Array;
  fileName: string;
  sheet: string | null;
  /** The mapping chosen in the mapping step; proposed from the headers when null. */
  mapping: ColumnMapping | null;
}

/** A file read as a table, with its columns matched to the register's. */
export interface PreparedImport {
  table: Table;
  mapping: ColumnMapping;
  positions: Map<string, number>;
  /** Problems with the columns; rows are not checked while there are any. */
  problems: ImportProblem[];
  notes: string[];
}

/** Reads the file and matches its columns; a file that cannot be read gives its one problem. */
export async function prepareImport(
  source: ImportSource,
): Promise<PreparedImport | { problem: ImportProblem }> {
  const read = await readTable(source.bytes, { fileName: source.fileName, sheet: source.sheet });
  if (!read.ok) return { problem: fileProblem(read.message) };
  const columns = registerColumns[source.register];
  const mapping = source.mapping ?? proposeMapping(columns, read.table.headers);
  const checked = checkMapping(columns, read.table, mapping);
  const notes = [...checked.notes];
  if (read.table.rowCount === 0) {
    notes.push('The file has a header row but no data rows: there is nothing to import.');
  }
  return { table: read.table, mapping, positions: checked.positions, problems: checked.problems, notes };
}

/**
 * Checks every row of a prepared file against the workspace, by the rules of its register, and
 * with a write context also writes them. Call with a write context only inside one transaction,
 * and roll it back when the summary has problems: rows may have been written before the first.
 * It pauses for the event loop between slices of rows, the transaction still open.
 */
export async function planImport(
  db: Database.Database,
  register: RegisterName,
  prepared: PreparedImport,
  write: WriteContext | null,
): Promise<PlanSummary> {
  const columns = registerColumns[register];
  // One pacing for the whole plan, so its slices add up across its steps.
  const pacing = new ImportPacing(db);
  if (register === 'measurements') {
    const writer = write ? new MeasurementWriter(write) : null;
    return planMeasurementImport(db, columns, prepared.table, prepared.positions, writer, pacing);
  }
  const planned = await planRecordImport(
    db,
    { ...columns, register },
    prepared.table,
    prepared.positions,
    pacing,
  );
  if (write && planned.problems.length === 0) await writeRecordRows(write, register, planned.rows, pacing);
  const tally = new PlanTally();
  for (const row of planned.rows) tally.add(row.row, row.action, () => row.label);
  return tally.summary(register, planned.problems);
}

/** Reports carry this many problems at most; the count is always complete. */
const MAX_REPORTED_PROBLEMS = 500;

/** Problems in the order of the file, the file's and the mapping's first, and their count. */
export function reportedProblems(problems: readonly ImportProblem[]) {
  const sorted = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { problems: sorted.slice(0, MAX_REPORTED_PROBLEMS), problemCount: sorted.length };
}
