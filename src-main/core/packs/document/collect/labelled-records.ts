import type Database from 'better-sqlite3';
import type { RecordRegisterName } from '../../../../api/schemas/registers/record-api';
import type { PackRecordLabel } from '../pack-data';
import { pushTo } from './group';

interface LabelledRow {
  owner: string;
  register: RecordRegisterName;
  code: string | null;
  name: string | null;
  date: string | null;
}

/**
 * Register records named by a link table (an item's citations, a finding's records), with the code
 * and name each register shows them by, read in ONE query for the whole table and grouped by the
 * owner of the link. `links` is a SELECT giving `owner`, `register`, `record_id` and `ord` (the
 * order to list them in); its parameters follow.
 *
 * Citations outlive nothing they name (deleting a cited record is refused), so a record is always
 * found; if one ever were not, it is shown by "?" rather than dropped.
 */
export function labelledRecords(
  db: Database.Database,
  links: string,
  ...params: unknown[]
): Map<string, PackRecordLabel[]> {
  const rows = db
    .prepare(
      `SELECT l.owner, l.register,
         coalesce(sv.code, cu.code, su.code, ag.code, tg.code, rv.code) AS code,
         coalesce(sv.name, cu.name, su.name, ag.title, tg.name,
           CASE rv.subject WHEN 'agreement' THEN 'Agreement review' WHEN 'supplier' THEN 'Supplier review' END) AS name,
         rv.review_date AS date
       FROM (${links}) AS l
       LEFT JOIN service sv ON l.register = 'services' AND sv.id = l.record_id
       LEFT JOIN customer cu ON l.register = 'customers' AND cu.id = l.record_id
       LEFT JOIN supplier su ON l.register = 'suppliers' AND su.id = l.record_id
       LEFT JOIN agreement ag ON l.register = 'agreements' AND ag.id = l.record_id
       LEFT JOIN target tg ON l.register = 'targets' AND tg.id = l.record_id
       LEFT JOIN review rv ON l.register = 'reviews' AND rv.id = l.record_id
       ORDER BY l.owner, l.ord`,
    )
    .all(...params) as LabelledRow[];
  const byOwner = new Map<string, PackRecordLabel[]>();
  for (const row of rows) {
    const label = { register: row.register, code: row.code ?? '?', name: row.name ?? '', date: row.date };
    pushTo(byOwner, row.owner, label);
  }
  return byOwner;
}
