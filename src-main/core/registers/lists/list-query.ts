import type Database from 'better-sqlite3';
import { ClausebookError } from '../../../api/errors';
import type { ListInput } from '../../../api/schemas/registers/lists';
import { registerTables, type SearchableRegister } from '../register-names';
import { ftsQuery, searchRowids } from '../search-index';

/**
 * A register's list as SQL: the row expression, what may be sorted by, and what may be filtered
 * on. Paging, search and the count happen in the database, so a list of 50,000 rows costs what
 * one page costs.
 */
export interface ListSpec {
  register: SearchableRegister;
  /** `FROM … AS r` plus any joins, giving exactly one row per record; `r.id` is the record's id. */
  from: string;
  /** The select list, one column per field of the row; may use the :today parameter. */
  select: string;
  sortable: Record<string, string>;
  /**
   * The sort keys an index on the register's own table already orders: a searched list sorted by
   * one of these reads the index in order and stops at the page, instead of sorting every match.
   */
  indexedSorts: readonly string[];
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
  const params: Record<string, unknown> = { today: today(input) };
  const filters = filterConditions(spec, input, params);
  const sortKey = input.sort?.by ?? spec.defaultSort;
  const sortSql = Object.hasOwn(spec.sortable, sortKey) ? spec.sortable[sortKey] : undefined;
  if (!sortSql)
    throw new ClausebookError('VALIDATION', `The ${spec.register} list cannot be sorted by "${sortKey}".`);
  const direction = input.sort?.direction === 'desc' ? 'DESC' : 'ASC';
  const page = (conditions: string[]) =>
    (
      db
        .prepare(pageSql(spec, sortSql, direction, conditions))
        .all({ ...params, limit: input.limit, offset: input.offset }) as Record<string, unknown>[]
    ).map((row) => spec.toRow(row));
  const count = (conditions: string[]) =>
    (db
      .prepare(`SELECT count(*) FROM ${spec.from} ${where(conditions)}`)
      .pluck()
      .get(params) as number) ?? 0;

  // `from` gives one row per record, so the whole register counts without its joins.
  const registerSize = () =>
    db.prepare(`SELECT count(*) FROM ${registerTables[spec.register]}`).pluck().get() as number;
  const search = ftsQuery(input.search);
  if (search === null) {
    return { total: filters.length === 0 ? registerSize() : count(filters), rows: page(filters) };
  }

  const { first, last } = searchRowids(spec.register);
  Object.assign(params, { search, first, last });
  // Every record has one entry in its register's block, so without filters the index counts alone.
  const total =
    filters.length === 0
      ? (db.prepare(`SELECT count(*) FROM (${MATCHING_ENTRIES})`).pluck().get(params) as number)
      : count([MATCHING_RECORDS, ...filters]);
  if (total === 0 || input.offset >= total) return { total, rows: [] };
  // Two ways to a page of matches in order. When matches are common enough that the page is found
  // within a short stretch of the sort index, walk the index and test each record against the set
  // of matching entries; otherwise (few matches, or a sort no index gives) fetch the matching
  // records and sort those. Both cost about the smaller of "rows walked" and "matches".
  const walked = ((input.offset + input.limit) * registerSize()) / total;
  const walk = spec.indexedSorts.includes(sortKey) && walked <= total;
  return { total, rows: page([walk ? MATCHING_ENTRY_OF_RECORD : MATCHING_RECORDS, ...filters]) };
}

/** A page of the list: rows meeting the conditions, in the chosen order, from @offset. */
export function pageSql(
  spec: ListSpec,
  sortSql: string,
  direction: 'ASC' | 'DESC',
  conditions: string[],
): string {
  return `SELECT ${spec.select} FROM ${spec.from} ${where(conditions)}
    ORDER BY ${sortSql} ${direction} NULLS LAST, r.code ${direction} LIMIT @limit OFFSET @offset`;
}

/** Entries of the register's block that match the search; `@first`…`@last` is the block. */
const MATCHING_ENTRIES = `SELECT rowid FROM record_search
  WHERE record_search MATCH @search AND rowid BETWEEN @first AND @last`;
/** "The record matches", driven from the matches: reads each matching entry's record id. */
const MATCHING_RECORDS = `r.id IN (SELECT record_id FROM record_search
  WHERE record_search MATCH @search AND rowid BETWEEN @first AND @last)`;
/** "The record matches", tested per record: its entry is among the matching ones. */
export const MATCHING_ENTRY_OF_RECORD = `(SELECT search_rowid FROM record_search_key WHERE record_id = r.id)
  IN (${MATCHING_ENTRIES})`;

function where(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** The SQL conditions for the input's filters, their values added to `params` under fresh names. */
function filterConditions(spec: ListSpec, input: ListInput, params: Record<string, unknown>): string[] {
  const conditions: string[] = [];
  for (const [key, value] of Object.entries(input.filters)) {
    // Own keys only: "constructor" or "toString" must not find Object.prototype's functions.
    const filter = Object.hasOwn(spec.filters, key) ? spec.filters[key] : undefined;
    if (!filter) {
      throw new ClausebookError('VALIDATION', `The ${spec.register} list cannot be filtered by "${key}".`);
    }
    const { sql, params: values } = filter(value);
    let next = 0;
    conditions.push(
      sql.replace(/\?/g, () => {
        const name = `f${Object.keys(params).length}`;
        params[name] = values[next++];
        return `@${name}`;
      }),
    );
  }
  return conditions;
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
