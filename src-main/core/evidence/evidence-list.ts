import type Database from 'better-sqlite3';
import type { Evidence, EvidenceListFilters } from '../../api/schemas/evidence';
import { readEvidence } from './evidence-snapshot';
import { evidenceView } from './evidence-view';

/** `%` and `_` typed by a user are letters to find, not wildcards. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The evidence files that pass every given filter, by code: each search word in the name, the
 * description or the code (ignoring case); linked to an item; linked to a record; linked to nothing.
 */
export function listEvidence(db: Database.Database, filters: EvidenceListFilters): Evidence[] {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const word of filters.search.split(/\s+/).filter(Boolean)) {
    where.push(
      "(e.file_name LIKE ? ESCAPE '\\' OR e.description LIKE ? ESCAPE '\\' OR e.code LIKE ? ESCAPE '\\')",
    );
    const pattern = likePattern(word);
    params.push(pattern, pattern, pattern);
  }
  if (filters.item) {
    where.push('e.id IN (SELECT evidence_id FROM evidence_item WHERE library_id = ? AND item_id = ?)');
    params.push(filters.item.libraryId, filters.item.itemId);
  }
  if (filters.record) {
    where.push('e.id IN (SELECT evidence_id FROM evidence_record WHERE record_id = ? AND register = ?)');
    params.push(filters.record.id, filters.record.register);
  }
  if (filters.unlinked) {
    where.push(
      'NOT EXISTS (SELECT 1 FROM evidence_item WHERE evidence_id = e.id) AND NOT EXISTS (SELECT 1 FROM evidence_record WHERE evidence_id = e.id)',
    );
  }
  const ids = db
    .prepare(
      `SELECT e.id FROM evidence e ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.code`,
    )
    .pluck()
    .all(...params) as string[];
  return ids.map((id) => evidenceView(db, readEvidence(db, id)!));
}
