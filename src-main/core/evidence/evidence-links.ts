import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import type { LinkTarget } from '../../api/schemas/evidence';
import { requireLibraryItem } from '../assessment/library-index';
import { assertCitable } from '../assessment/record-labels';
import type { WriteContext } from '../registers/write-context';
import { logEvidence, readEvidence, type EvidenceSnapshot } from './evidence-snapshot';

/**
 * Links between evidence files and what they support: requirement items (one file can support
 * many) and register records. A link is part of the evidence file's record and logged with it.
 */

/** Refuses a link to an item that is not in its library or a record that does not exist. */
export function assertLinkable(
  db: Database.Database,
  target: LinkTarget,
  path: readonly (string | number)[],
): void {
  if (target.kind === 'item') requireLibraryItem(target, path);
  else assertCitable(db, target, [...path, 'id']);
}

/** Adds the link unless it is there already; returns whether it added it. */
export function insertLink(db: Database.Database, evidenceId: string, target: LinkTarget): boolean {
  const result =
    target.kind === 'item'
      ? db
          .prepare('INSERT OR IGNORE INTO evidence_item (evidence_id, library_id, item_id) VALUES (?, ?, ?)')
          .run(evidenceId, target.libraryId, target.itemId)
      : db
          .prepare(
            'INSERT OR IGNORE INTO evidence_record (evidence_id, register, record_id) VALUES (?, ?, ?)',
          )
          .run(evidenceId, target.register, target.id);
  return result.changes > 0;
}

function removeLink(db: Database.Database, evidenceId: string, target: LinkTarget): boolean {
  const result =
    target.kind === 'item'
      ? db
          .prepare('DELETE FROM evidence_item WHERE evidence_id = ? AND library_id = ? AND item_id = ?')
          .run(evidenceId, target.libraryId, target.itemId)
      : db
          .prepare('DELETE FROM evidence_record WHERE evidence_id = ? AND record_id = ?')
          .run(evidenceId, target.id);
  return result.changes > 0;
}

export function evidenceNotFound(id: string): ClausebookError {
  return new ClausebookError(
    'NOT_FOUND',
    `There is no evidence file with the id ${id}; it may have been deleted.`,
  );
}

function changeLink(
  context: WriteContext,
  id: string,
  change: (db: Database.Database) => boolean,
  validate: (db: Database.Database) => void,
): EvidenceSnapshot {
  const { db } = context;
  return db
    .transaction(() => {
      const before = readEvidence(db, id);
      if (!before) throw evidenceNotFound(id);
      validate(db);
      if (!change(db)) return before;
      db.prepare('UPDATE evidence SET updated_at = ? WHERE id = ?').run(context.now.toISOString(), id);
      const after = readEvidence(db, id)!;
      logEvidence(context, before, after);
      return after;
    })
    .immediate();
}

/** Links a file to an item or a record; linking it again changes nothing. */
export function linkEvidence(context: WriteContext, id: string, target: LinkTarget): EvidenceSnapshot {
  return changeLink(
    context,
    id,
    (db) => insertLink(db, id, target),
    (db) => assertLinkable(db, target, ['target']),
  );
}

/**
 * Removes a link; removing one that is not there changes nothing. Not checked against the library,
 * so a link to an item a later library dropped can still be removed.
 */
export function unlinkEvidence(context: WriteContext, id: string, target: LinkTarget): EvidenceSnapshot {
  return changeLink(
    context,
    id,
    (db) => removeLink(db, id, target),
    () => undefined,
  );
}
