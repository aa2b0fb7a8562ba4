import type Database from 'better-sqlite3';
import type {
  AssessmentList,
  AssessmentListFilters,
  AssessmentRow,
  AssessmentStatus,
} from '../../api/schemas/assessment';
import { isSupported, isWeakEvidence, itemSupport, noSupport } from './item-support';
import type { LibraryIndex } from './library-index';

interface StoredFields {
  item_id: string;
  status: AssessmentStatus;
  owner: string;
  due_date: string | null;
  updated_at: string;
}

const sameOwner = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Every item of the library, in document order, with its status, owner and support, narrowed by
 * the filters: statuses, owner, "has no evidence" (no file, no cited record, no controlling
 * agreement) and clause (with its sub-clauses). Items never worked on count as not assessed.
 */
export function listAssessments(
  db: Database.Database,
  index: LibraryIndex,
  filters: Omit<AssessmentListFilters, 'libraryId'>,
): AssessmentList {
  const libraryId = index.library.id;
  const stored = new Map(
    (
      db
        .prepare('SELECT item_id, status, owner, due_date, updated_at FROM assessment WHERE library_id = ?')
        .all(libraryId) as StoredFields[]
    ).map((row) => [row.item_id, row]),
  );
  const support = itemSupport(db, libraryId);
  const statuses = filters.statuses ? new Set(filters.statuses) : null;
  const inClause = (number: string) =>
    filters.clause === undefined || number === filters.clause || number.startsWith(`${filters.clause}.`);

  const items: AssessmentRow[] = [];
  for (const { item, clause } of index.items) {
    const row = stored.get(item.id);
    const status = row?.status ?? 'not_assessed';
    const owner = row?.owner ?? '';
    const itemSupport = support.get(item.id) ?? noSupport;
    if (statuses && !statuses.has(status)) continue;
    if (filters.owner !== undefined && !sameOwner(owner, filters.owner)) continue;
    if (filters.withoutEvidence && isSupported(itemSupport)) continue;
    if (!inClause(clause.number)) continue;
    items.push({
      itemId: item.id,
      clauseNumber: clause.number,
      status,
      owner,
      dueDate: row?.due_date ?? null,
      evidenceCount: itemSupport.evidence,
      citedRecordCount: itemSupport.records,
      openFindingCount: itemSupport.openFindings,
      weakEvidence: isWeakEvidence(status, itemSupport),
      updatedAt: row?.updated_at ?? null,
    });
  }
  // One entry per owner however it was typed; of several spellings, the first in code order (capitals first).
  const owners = new Map<string, string>();
  for (const owner of [...stored.values()].map((row) => row.owner.trim()).sort()) {
    if (owner !== '' && !owners.has(owner.toLocaleLowerCase())) owners.set(owner.toLocaleLowerCase(), owner);
  }
  return { items, owners: [...owners.values()].sort((a, b) => a.localeCompare(b)) };
}
