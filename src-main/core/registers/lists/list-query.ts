import type Database from 'better-sqlite3';
import { ClausebookError } from '../../../api/errors';
import type { ListInput } from '../../../api/schemas/registers/lists';
import type { RegisterName } from '../register-names';
import { ftsQuery } from '../search-index';

/**
 * A register's list as SQL: the row expression, what may be sorted by, and what may be filtered
 * on. Paging, search and the count happen in the database, so a list of 50,000 rows costs what
 * one page costs.
 */
export interface ListSpec {
  register: RegisterName;
  /** `FROM … AS r` plus any joins; `r.id` is the record's id. */
  from: string;
  /** The select list, one column per field of the row; may use the :today parameter. */
  select: string;
  sortable: Record<string, string>;
  defaultSort: string;
  filters: Record<string, (value: string) => { sql: string; params: unknown[] }>;
  toRow(raw: Record<string, unknown>): unknown;
}

export function today(input: ListInput): string {
  return input.today ?? new Date().toISOString().slice(0, 10);
}

export function listPage(
  db: Database.Database,
  spec: ListSpec,
  input: ListInput,
): { total: number; rows: unknown[] } {
  const where: string[] = [];
  const params: Record<string, unknown> = { today: today(input) };
  const query = ftsQuery(input.search);
  if (query !== null) {
    where.push(
      `r.id IN (SELECT record_id FROM record_search WHERE record_search MATCH @search AND register = @register)`,
    );
    params.search = query;
    params.register = spec.register;
  }
  for (const [key, value] of Object.entries(input.filters)) {
    // Own keys only: "constructor" or "toString" must not find Object.prototype's functions.
    const filter = Object.hasOwn(spec.filters, key) ? spec.filters[key] : undefined;
    if (!filter) {
      throw new ClausebookError('VALIDATION', `The ${spec.register} list cannot be filtered by "${key}".`);
    }
    const { sql, params: values } = filter(value);
    let next = 0;
    where.push(
      sql.replace(/\?/g, () => {
        const name = `f${Object.keys(params).length}`;
        params[name] = values[next++];
        return `@${name}`;
      }),
    );
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const sortKey = input.sort?.by ?? spec.defaultSort;
  const sortSql = Object.hasOwn(spec.sortable, sortKey) ? spec.sortable[sortKey] : undefined;
  if (!sortSql)
    throw new ClausebookError('VALIDATION', `The ${spec.register} list cannot be sorted by "${sortKey}".`);
  const direction = input.sort?.direction === 'desc' ? 'DESC' : 'ASC';
  const total =
    (db.prepare(`SELECT count(*) FROM ${spec.from} ${whereSql}`).pluck().get(params) as number) ?? 0;
  const raw = db
    .prepare(
      `SELECT ${spec.select} FROM ${spec.from} ${whereSql}
       ORDER BY ${sortSql} ${direction} NULLS LAST, r.code ${direction} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: input.limit, offset: input.offset }) as Record<string, unknown>[];
  return { total, rows: raw.map((row) => spec.toRow(row)) };
}

/** A filter that matches one of a fixed set of values in a column. */
export function oneOf(column: string, allowed: readonly string[], label: string) {
  return (value: string) => {
    if (!allowed.includes(value)) {
      throw new ClausebookError(
        'VALIDATION',
        `"${value}" is not a ${label}; use one of ${allowed.join(', ')}.`,
      );
    }
    return { sql: `${column} = ?`, params: [value] };
  };
}

/** A yes/no filter on a boolean SQL expression. */
export function flag(expression: string) {
  return (value: string) => {
    if (value !== 'yes' && value !== 'no')
      throw new ClausebookError('VALIDATION', `Use yes or no, not "${value}".`);
    return { sql: value === 'yes' ? `(${expression})` : `NOT (${expression})`, params: [] };
  };
}
