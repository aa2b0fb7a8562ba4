import type Database from 'better-sqlite3';
import { exportTable } from '../../../import-export/export/export-table';
import { writeCsv } from '../../../import-export/export/write-csv';
import type { PackRegisterFile } from '../pack-data';
import { withStatementCache } from './statement-cache';

/**
 * The registers a pack attaches in full. Measurements are left out: a million of them would
 * outweigh the rest of the pack, and the agreements section already shows each target's latest
 * periods; `clausebook export measurements` gives them all.
 */
export const ATTACHED_REGISTERS = [
  'services',
  'customers',
  'suppliers',
  'agreements',
  'targets',
  'reviews',
] as const;

export type AttachedRegister = (typeof ATTACHED_REGISTERS)[number];

/** The name a register's CSV file is attached under. */
export function registerFileName(register: AttachedRegister): string {
  return `${register}.csv`;
}

/**
 * Each attached register as the CSV `clausebook export <register>` writes (same columns, codes for
 * references, formula escaping), read in the caller's transaction. 50,000 targets take well under
 * a second: the export reads a record at a time, and the statement cache keeps that to a fixed
 * number of compiled queries. The text is kept as a string so that the data stays plain.
 */
export function collectRegisterFiles(db: Database.Database): PackRegisterFile[] {
  const cached = withStatementCache(db);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return ATTACHED_REGISTERS.map((register) => {
    const table = exportTable(cached, register);
    return {
      register,
      attachmentName: registerFileName(register),
      rowCount: table.rows.length,
      csv: decoder.decode(writeCsv(table)),
    };
  });
}
