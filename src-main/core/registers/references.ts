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
