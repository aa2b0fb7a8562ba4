import type Database from 'better-sqlite3';
import type { ImportPreview } from '../../api/schemas/import-export';
import { cellText } from './cells/cell-text';
import type { Table, TableRow } from './table/table';
import { registerColumns } from './columns';
import { inImportTransaction } from './import-transaction';
import { planImport, prepareImport, reportedProblems, type ImportSource } from './prepare-import';

/**
 * The mapping step: what the file holds, which register column each of its columns fills (as
 * proposed or as chosen), its first rows with what importing each would do, and every problem an
 * import would report. Nothing is written. Every row is checked, one at a time as the file is
 * read; only the first rows shown and the counts are kept.
 */
export async function previewImport(
  db: Database.Database,
  source: ImportSource,
  previewRows: number,
): Promise<ImportPreview> {
  const registerColumnList = registerColumns[source.register].columns.map(
    ({ key, header, required, description }) => ({ key, header, required, description }),
  );
  const empty = { create: 0, update: 0, unchanged: 0 };
  const prepared = await prepareImport(source);
  if ('problem' in prepared) {
    return {
      register: source.register,
      source: null,
      registerColumns: registerColumnList,
      fileColumns: [],
      mapping: [],
      rowCount: 0,
      rows: [],
      counts: empty,
      ...reportedProblems([prepared.problem]),
      notes: [],
    };
  }
  const { table } = prepared;
  // Rows are only checked once every column they need is there.
  // In a read transaction, so the rows checked in one slice and the next see the same workspace.
  const planned =
    prepared.problems.length === 0
      ? await inImportTransaction(db, 'read', () => planImport(db, source.register, prepared, null))
      : null;
  const troubled = new Set(planned?.problems.map((problem) => problem.row));
  const status = (row: number) => {
    if (planned === null) return 'unchecked' as const;
    return troubled.has(row) ? ('problem' as const) : (planned.firstActions.get(row) ?? ('problem' as const));
  };
  return {
    register: source.register,
    source: table.source,
    registerColumns: registerColumnList,
    fileColumns: table.headers.map((header, index) => ({ index, header })),
    mapping: prepared.mapping,
    rowCount: table.rowCount,
    rows: firstRows(table, previewRows).map((row) => ({
      row: row.number,
      status: status(row.number),
      cells: row.cells.map((cell) => cellText(cell)),
    })),
    counts: planned?.counts ?? empty,
    ...reportedProblems([...prepared.problems, ...(planned?.problems ?? [])]),
    notes: prepared.notes,
  };
}

/** The first rows of the file, read without reading the rest. */
function firstRows(table: Table, count: number): TableRow[] {
  const rows: TableRow[] = [];
  if (count <= 0) return rows;
  for (const row of table.rows()) {
    rows.push(row);
    if (rows.length >= count) break;
  }
  return rows;
}
