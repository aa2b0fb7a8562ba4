import type Database from 'better-sqlite3';
import type { MeasurementValues } from '../../../api/schemas/registers/measurement';
import type { ReadContext } from '../cells/codec';
import type { RegisterColumns } from '../columns/column';
import type { Table } from '../table/table';
import type { ImportPlan, PlannedRow } from './import-plan';
import { rowProblem, type ImportProblem } from './import-problem';
import { readRow } from './read-row';
import { ReferenceIndexes } from './reference-index';
import { issueProblems, zodIssues } from './schema-issues';
import { tableProblemsByRow } from './table-problems';

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
 * Plans a measurement import: a row for a target and period that already has a value updates it,
 * any other row adds one. Targets are looked up in one index and the existing measurements loaded
 * in one query, so a file of 100,000 rows costs no more queries than one of ten.
 */
export function planMeasurementImport(
  db: Database.Database,
  register: RegisterColumns,
  table: Table,
  positions: ReadonlyMap<string, number>,
): ImportPlan & { existing: Map<string, StoredMeasurement> } {
  const problems: ImportProblem[] = [];
  const readProblems = tableProblemsByRow(table, new Set(positions.values()));
  const existing = loadMeasurements(db);
  const indexes = new ReferenceIndexes(db);
  const targets = indexes.get('targets');
  const context: ReadContext = {
    resolve: (target, text) => indexes.get(target).resolve(text),
    date1904: table.date1904,
  };
  const seen = new Map<string, number>();
  const rows: PlannedRow[] = [];
  const noteMapped = positions.has('note');

  for (const row of table.rows) {
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
    const values = parsed.data as MeasurementValues;
    const key = measurementKey(values.targetId, values.periodStart);
    const targetCode = targets.codeOf(values.targetId);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        rowProblem(
          row.number,
          null,
          `${targetCode} has a value for the period starting ${values.periodStart} in row ${earlier} already; give each period once.`,
        ),
      );
      continue;
    }
    seen.set(key, row.number);
    const before = existing.get(key);
    // Without a Note column, an existing note stays.
    if (before && !noteMapped) values.note = before.note;
    const unchanged = before !== undefined && before.value === values.value && before.note === values.note;
    rows.push({
      row: row.number,
      action: before ? (unchanged ? 'unchanged' : 'update') : 'create',
      id: before?.id ?? null,
      placeholder: null,
      label: `${targetCode} ${values.periodStart}`,
      values: values as unknown as Record<string, unknown>,
    });
  }
  return { register: 'measurements', rows, problems, existing };
}

export function measurementKey(targetId: string, periodStart: string): string {
  return `${targetId}\u0000${periodStart}`;
}

function loadMeasurements(db: Database.Database): Map<string, StoredMeasurement> {
  const rows = db
    .prepare(
      `SELECT id, target_id AS targetId, period_start AS periodStart, value, note,
              created_at AS createdAt, updated_at AS updatedAt FROM measurement`,
    )
    .all() as StoredMeasurement[];
  return new Map(rows.map((row) => [measurementKey(row.targetId, row.periodStart), row]));
}
