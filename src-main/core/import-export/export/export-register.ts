import type Database from 'better-sqlite3';
import type { FileFormat } from '../../../api/schemas/import-export';
import type { RegisterName } from '../../registers/register-names';
import { exportTable } from './export-table';
import { writeCsv } from './write-csv';
import { writeXlsx } from './write-xlsx';

export const mimeTypes: Record<FileFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportedRegister {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  rowCount: number;
}

/** A register as a file to save: its records, the file's bytes, and a name with the day of the export. */
export async function exportRegister(
  db: Database.Database,
  register: RegisterName,
  format: FileFormat,
  now: Date,
): Promise<ExportedRegister> {
  const table = exportTable(db, register);
  const bytes = format === 'csv' ? writeCsv(table) : await writeXlsx(table, now);
  return {
    fileName: `${register}-${now.toISOString().slice(0, 10)}.${format}`,
    mimeType: mimeTypes[format],
    bytes,
    rowCount: table.rows.length,
  };
}

/** The format a file name asks for, from its extension. */
export function formatOfFileName(fileName: string): FileFormat | null {
  const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return extension === 'csv' || extension === 'xlsx' ? extension : null;
}
