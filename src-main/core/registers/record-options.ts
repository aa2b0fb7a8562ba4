import type Database from 'better-sqlite3';
import type { RecordOption, RecordRegisterName } from '../../api/schemas/registers/record-api';
import { ftsQuery, searchRowids } from './search-index';

/** How each register names its records in pickers and links. */
const nameExpression: Record<RecordRegisterName, { table: string; name: string }> = {
  services: { table: 'service', name: 'name' },
  customers: { table: 'customer', name: 'name' },
  suppliers: { table: 'supplier', name: 'name' },
  agreements: { table: 'agreement', name: 'title' },
  targets: { table: 'target', name: 'name' },
  reviews: { table: 'review', name: "subject || ' review ' || review_date" },
};

export function recordOptions(
  db: Database.Database,
  input: { register: RecordRegisterName; search: string; ids?: string[] | undefined; limit: number },
): RecordOption[] {
  const { table, name } = nameExpression[input.register];
  const select = `SELECT id, code, ${name} AS name FROM "${table}"`;
  if (input.ids) {
    if (input.ids.length === 0) return [];
    return db
      .prepare(`${select} WHERE id IN (${input.ids.map(() => '?').join(', ')}) ORDER BY code`)
      .all(...input.ids) as RecordOption[];
  }
  const query = ftsQuery(input.search);
  if (query === null) return db.prepare(`${select} ORDER BY code LIMIT ?`).all(input.limit) as RecordOption[];
  const { first, last } = searchRowids(input.register);
  return db
    .prepare(
      `${select} WHERE id IN (SELECT record_id FROM record_search
         WHERE record_search MATCH ? AND rowid BETWEEN ? AND ?)
       ORDER BY code LIMIT ?`,
    )
    .all(query, first, last, input.limit) as RecordOption[];
}
