import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';

/**
 * The next free code for a register: the prefix and one more than the highest number in use with
 * that prefix, at least three digits (SVC-001 … SVC-999, SVC-1000). Codes with more than nine
 * digits are left out: a typed-in SVC-99999999999999999999 must not exhaust the numbering.
 */
export function nextCode(db: Database.Database, table: string, prefix: string): string {
  const row = db
    .prepare(
      `SELECT max(CAST(substr(code, ${prefix.length + 2}) AS INTEGER)) AS highest FROM "${table}"
       WHERE code GLOB '${prefix}-[0-9]*' AND length(code) <= ${prefix.length + 10}`,
    )
    .get() as { highest: number | null };
  return `${prefix}-${String((row.highest ?? 0) + 1).padStart(3, '0')}`;
}

export function assertCodeFree(
  db: Database.Database,
  table: string,
  code: string,
  exceptId: string | null,
  label: string,
): void {
  const holder = db.prepare(`SELECT id FROM "${table}" WHERE code = ?`).pluck().get(code) as
    string | undefined;
  if (holder !== undefined && holder !== exceptId) {
    throw new ClausebookError('CONFLICT', `Another ${label} already has the code ${code}.`, {
      issues: [{ path: ['code'], message: `${code} is already used by another ${label}.` }],
    });
  }
}
