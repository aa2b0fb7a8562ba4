import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';

/**
 * Checks that every id a record points to exists, and names the field of the first that does not,
 * so a form can show the problem beside the right field.
 */
export function assertRecordsExist(
  db: Database.Database,
  table: string,
  ids: readonly (string | null | undefined)[],
  path: (index: number) => (string | number)[],
  label: string,
): void {
  const lookup = db.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`);
  ids.forEach((id, index) => {
    if (id === null || id === undefined) return;
    if (lookup.get(id) === undefined) {
      throw new ClausebookError('VALIDATION', `There is no ${label} with the id ${id}.`, {
        issues: [{ path: path(index).map(String), message: `This ${label} does not exist.` }],
      });
    }
  });
}

export interface Referrer {
  register: string;
  id: string;
  code: string;
  name: string;
  /** Whether the reference can be removed without deleting or changing the kind of the referrer. */
  optional: boolean;
}

/** Refuses a delete while other records still point at the record, listing them. */
export function refuseIfReferenced(what: string, referrers: Referrer[]): void {
  if (referrers.length === 0) return;
  const shown = referrers
    .slice(0, 5)
    .map((referrer) => `${referrer.code} ${referrer.name}`)
    .join(', ');
  const more = referrers.length > 5 ? ` and ${referrers.length - 5} more` : '';
  throw new ClausebookError(
    'REFERENCED',
    `${what} is still named by ${referrers.length} record${referrers.length === 1 ? '' : 's'} (${shown}${more}). Change or delete those first${referrers.every((r) => r.optional) ? ', or delete with "remove references"' : ''}.`,
    { referrers },
  );
}

export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** The records a query finds (selecting id, code and name), as referrers of one register. */
export function referrersFound(
  db: Database.Database,
  register: string,
  optional: boolean,
  sql: string,
  ...params: unknown[]
): Referrer[] {
  const rows = db.prepare(sql).all(...params) as { id: string; code: string; name: string }[];
  return rows.map((row) => ({ register, id: row.id, code: row.code, name: row.name, optional }));
}

/** The ids a query finds, as records of one register that a detach changes. */
export function changedRecords<R extends string>(
  db: Database.Database,
  register: R,
  sql: string,
  ...params: unknown[]
): { register: R; id: string }[] {
  return (
    db
      .prepare(sql)
      .pluck()
      .all(...params) as string[]
  ).map((id) => ({ register, id }));
}
