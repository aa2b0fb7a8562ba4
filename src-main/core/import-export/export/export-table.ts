import type Database from 'better-sqlite3';
import { readRecordIn } from '../../registers/records';
import type { RegisterName } from '../../registers/register-names';
import { specFor, type RecordRegister } from '../../registers/specs';
import type { ExportContext, OutCell } from '../cells/codec';
import { registerColumns } from '../columns';
import type { ColumnDefinition } from '../columns/column';
import { ReferenceIndexes } from '../plan/reference-index';

/** A register as rows of cells under the register's headers, ready to be written as CSV or XLSX. */
export interface ExportTable {
  title: string;
  headers: string[];
  rows: OutCell[][];
}

/** Codes sort as people read them: SVC-2 before SVC-10. */
const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' }).compare;

/**
 * Every record of a register as a row with the same columns an import reads, in code order, with
 * references written as codes. Importing the result gives the same records back.
 */
export function exportTable(db: Database.Database, register: RegisterName): ExportTable {
  const columns = registerColumns[register];
  const indexes = new ReferenceIndexes(db);
  const context: ExportContext = { codeOf: (target, id) => indexes.get(target).codeOf(id) };
  const records = register === 'measurements' ? measurementValues(db, indexes) : recordValues(db, register);
  return {
    title: columns.title,
    headers: columns.columns.map((column) => column.header),
    rows: records.map((values) =>
      columns.columns.map((column) => column.codec.write(valueAt(values, column) as never, context)),
    ),
  };
}

function valueAt(values: Record<string, unknown>, column: ColumnDefinition): unknown {
  const [field, nested] = column.path;
  const value = values[field];
  return nested === undefined ? value : (value as Record<string, unknown> | undefined)?.[nested];
}

function recordValues(db: Database.Database, register: RecordRegister): Record<string, unknown>[] {
  const rows = db.prepare(`SELECT id, code FROM "${specFor(register).table}"`).all() as {
    id: string;
    code: string;
  }[];
  rows.sort((a, b) => byCode(a.code, b.code));
  return rows.map(({ id }) => readRecordIn(db, register, id)!);
}

function measurementValues(db: Database.Database, indexes: ReferenceIndexes): Record<string, unknown>[] {
  const rows = db
    .prepare('SELECT target_id AS targetId, period_start AS periodStart, value, note FROM measurement')
    .all() as { targetId: string; periodStart: string; value: number; note: string }[];
  const targets = indexes.get('targets');
  const codes = new Map<string, string>();
  const codeOf = (id: string) => {
    let code = codes.get(id);
    if (code === undefined) codes.set(id, (code = targets.codeOf(id)));
    return code;
  };
  rows.sort(
    (a, b) =>
      byCode(codeOf(a.targetId), codeOf(b.targetId)) ||
      (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0),
  );
  return rows;
}
