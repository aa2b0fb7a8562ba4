import type Database from 'better-sqlite3';
import { findingTypes, type FindingList, type FindingListFilters } from '../../api/schemas/findings';
import { readFinding } from './finding-store';
import { findingView } from './finding-view';

/**
 * Findings that pass every given filter (types, status, linked to an item, linked to a record), by
 * code, and the open findings of each type in the whole workspace, for the dashboard.
 */
export function listFindings(db: Database.Database, filters: FindingListFilters): FindingList {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filters.types) {
    if (filters.types.length === 0) where.push('0');
    else {
      where.push(`type IN (${filters.types.map(() => '?').join(', ')})`);
      params.push(...filters.types);
    }
  }
  if (filters.status) {
    where.push('status = ?');
    params.push(filters.status);
  }
  if (filters.item) {
    where.push('id IN (SELECT finding_id FROM finding_item WHERE library_id = ? AND item_id = ?)');
    params.push(filters.item.libraryId, filters.item.itemId);
  }
  if (filters.record) {
    where.push('id IN (SELECT finding_id FROM finding_record WHERE record_id = ? AND register = ?)');
    params.push(filters.record.id, filters.record.register);
  }
  const ids = db
    .prepare(`SELECT id FROM finding ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY code`)
    .pluck()
    .all(...params) as string[];
  const openByType = Object.fromEntries(findingTypes.map((type) => [type, 0])) as FindingList['openByType'];
  const open = db
    .prepare("SELECT type, count(*) AS n FROM finding WHERE status = 'open' GROUP BY type")
    .all() as { type: keyof FindingList['openByType']; n: number }[];
  for (const row of open) openByType[row.type] = row.n;
  return { findings: ids.map((id) => findingView(db, readFinding(db, id)!)), openByType };
}
