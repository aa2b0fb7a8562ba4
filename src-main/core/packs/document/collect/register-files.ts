import type Database from 'better-sqlite3';
import type { ExportContext, OutCell } from '../../../import-export/cells/codec';
import { registerColumns } from '../../../import-export/columns';
import type { ColumnDefinition } from '../../../import-export/columns/column';
import type { ExportTable } from '../../../import-export/export/export-table';
import { writeCsv } from '../../../import-export/export/write-csv';
import { ReferenceIndexes } from '../../../import-export/plan/reference-index';
import { readRecordIn } from '../../../registers/records';
import { specFor } from '../../../registers/specs';
import { recordRegisters } from '../../../../api/schemas/registers/record-api';
import type { EventLoopSlicer } from '../../../../shared/event-loop-slicer';
import type { PackRegisterFile } from '../pack-data';
import { withStatementCache } from './statement-cache';

/**
 * The registers a pack attaches in full: every register of records. Measurements (the values of
 * targets, not records of their own) are left out: a million of them would
 * outweigh the rest of the pack, and the agreements section already shows each target's latest
 * periods; `clausebook export measurements` gives them all.
 */
export const ATTACHED_REGISTERS = recordRegisters;

export type AttachedRegister = (typeof ATTACHED_REGISTERS)[number];

/** The name a register's CSV file is attached under. */
export function registerFileName(register: AttachedRegister): string {
  return `${register}.csv`;
}

/** Codes sort as people read them: SVC-2 before SVC-10 (the order `clausebook export` writes). */
const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' }).compare;

/** Rows written to CSV at a time: 1,000 targets take a few milliseconds. */
const CSV_CHUNK_ROWS = 1000;

/**
 * Each attached register as the CSV `clausebook export <register>` writes (same columns, codes for
 * references, formula escaping, record order), read in the caller's transaction. It is built the
 * way exportTable and writeCsv build it, but a record at a time with `slicer` checkpoints between
 * records and between chunks of CSV, so that 50,000 targets (about half a second of work) never
 * hold the event loop for long. The statement cache keeps the per-record reads to a fixed number
 * of compiled queries. The text is kept as a string so that the data stays plain.
 */
export async function collectRegisterFiles(
  db: Database.Database,
  slicer: EventLoopSlicer,
): Promise<PackRegisterFile[]> {
  const cached = withStatementCache(db);
  const files: PackRegisterFile[] = [];
  for (const register of ATTACHED_REGISTERS) {
    const table = await registerTable(cached, register, slicer);
    files.push({
      register,
      attachmentName: registerFileName(register),
      rowCount: table.rows.length,
      csv: await csvText(table, slicer),
    });
  }
  return files;
}

/** What exportTable gives for a register of records, read with a checkpoint after each record. */
async function registerTable(
  db: Database.Database,
  register: AttachedRegister,
  slicer: EventLoopSlicer,
): Promise<ExportTable> {
  const columns = registerColumns[register];
  const indexes = new ReferenceIndexes(db);
  const context: ExportContext = { codeOf: (target, id) => indexes.get(target).codeOf(id) };
  const records = db.prepare(`SELECT id, code FROM "${specFor(register).table}"`).all() as {
    id: string;
    code: string;
  }[];
  await slicer.checkpoint();
  records.sort((a, b) => byCode(a.code, b.code));
  await slicer.checkpoint();
  const rows: OutCell[][] = [];
  for (const { id } of records) {
    const values = readRecordIn(db, register, id)!;
    rows.push(columns.columns.map((column) => column.codec.write(valueAt(values, column) as never, context)));
    await slicer.checkpoint();
  }
  return { title: columns.title, headers: columns.columns.map((column) => column.header), rows };
}

function valueAt(values: Record<string, unknown>, column: ColumnDefinition): unknown {
  const [field, nested] = column.path;
  const value = values[field];
  return nested === undefined ? value : (value as Record<string, unknown> | undefined)?.[nested];
}

/**
 * writeCsv's text, written a chunk of rows at a time. writeCsv gives the byte order mark and the
 * header line, then each row followed by CRLF; so the rows of a chunk are its output after what
 * writeCsv gives for no rows, and the chunks joined give the same bytes as one call.
 */
async function csvText(table: ExportTable, slicer: EventLoopSlicer): Promise<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const decode = (rows: OutCell[][]) => decoder.decode(writeCsv({ ...table, rows }));
  const head = decode([]);
  const parts = [head];
  for (let start = 0; start < table.rows.length; start += CSV_CHUNK_ROWS) {
    parts.push(decode(table.rows.slice(start, start + CSV_CHUNK_ROWS)).slice(head.length));
    await slicer.checkpoint();
  }
  return parts.join('');
}
