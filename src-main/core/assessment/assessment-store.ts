import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import type { AssessmentChanges, AssessmentStatus } from '../../api/schemas/assessment';
import type { RecordRef } from '../../api/schemas/evidence';
import { appendChange } from '../change-log/change-log';
import { canonicalJson } from '../change-log/canonical-json';
import { assertRecordsExist } from '../registers/references';
import type { WriteContext } from '../registers/write-context';
import { requireItem, type LibraryIndex } from './library-index';

/** The register name assessments are logged under. */
export const ASSESSMENTS = 'assessments';

/** What a user sets on an item. */
export interface AssessmentFields {
  status: AssessmentStatus;
  operatedByAgreementId: string | null;
  clientNotes: string;
  internalNotes: string;
  interviewees: string[];
  owner: string;
  dueDate: string | null;
}

/** An item's assessment as stored and as the change log records it. */
export interface AssessmentSnapshot extends AssessmentFields {
  id: string;
  libraryId: string;
  itemId: string;
  /** The register records the item cites as evidence, in the order they were cited. */
  citedRecords: RecordRef[];
  createdAt: string;
  updatedAt: string;
}

export const unassessed: AssessmentFields = {
  status: 'not_assessed',
  operatedByAgreementId: null,
  clientNotes: '',
  internalNotes: '',
  interviewees: [],
  owner: '',
  dueDate: null,
};

interface AssessmentRow {
  id: string;
  library_id: string;
  item_id: string;
  status: AssessmentStatus;
  operated_by_agreement_id: string | null;
  client_notes: string;
  internal_notes: string;
  interviewees: string;
  owner: string;
  due_date: string | null;
  created_at: string;
  updated_at: string;
}

export function readAssessment(
  db: Database.Database,
  libraryId: string,
  itemId: string,
): AssessmentSnapshot | null {
  const row = db
    .prepare('SELECT * FROM assessment WHERE library_id = ? AND item_id = ?')
    .get(libraryId, itemId) as AssessmentRow | undefined;
  if (!row) return null;
  const citedRecords = db
    .prepare('SELECT register, record_id AS id FROM assessment_record WHERE assessment_id = ? ORDER BY rowid')
    .all(row.id) as RecordRef[];
  return {
    id: row.id,
    libraryId: row.library_id,
    itemId: row.item_id,
    status: row.status,
    operatedByAgreementId: row.operated_by_agreement_id,
    clientNotes: row.client_notes,
    internalNotes: row.internal_notes,
    interviewees: JSON.parse(row.interviewees) as string[],
    owner: row.owner,
    dueDate: row.due_date,
    citedRecords,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The status of every item of a library that has a row; the others are not assessed. */
export function readStatuses(db: Database.Database, libraryId: string): Map<string, AssessmentStatus> {
  const rows = db.prepare('SELECT item_id, status FROM assessment WHERE library_id = ?').all(libraryId) as {
    item_id: string;
    status: AssessmentStatus;
  }[];
  return new Map(rows.map((row) => [row.item_id, row.status]));
}

/** Fields left out of `changes` keep their value; leaving "operated by another party" drops the agreement. */
function applyChanges(current: AssessmentFields, changes: AssessmentChanges): AssessmentFields {
  const next: AssessmentFields = { ...current };
  for (const [key, value] of Object.entries(changes) as [keyof AssessmentFields, unknown][]) {
    if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
  }
  if (
    changes.status !== undefined &&
    changes.status !== 'operated_by_other_party' &&
    changes.operatedByAgreementId === undefined
  ) {
    next.operatedByAgreementId = null;
  }
  return next;
}

function invalid(message: string): ClausebookError {
  return new ClausebookError('VALIDATION', message, {
    issues: [{ path: ['operatedByAgreementId'], message }],
  });
}

/**
 * 8.2.3: a process operated by another party is controlled through an agreement with that party,
 * so the status needs the agreement, and the agreement must be one a party is bound by: a
 * contract, an OLA or another agreement, not an SLA (which the organisation gives its customer).
 */
function assertAgreementRule(db: Database.Database, fields: AssessmentFields): void {
  const agreementId = fields.operatedByAgreementId;
  if (fields.status === 'operated_by_other_party' && agreementId === null) {
    throw invalid('Link the agreement that controls the party operating this (8.2.3).');
  }
  if (fields.status !== 'operated_by_other_party' && agreementId !== null) {
    throw invalid('An agreement is linked only when the item is operated by another party.');
  }
  if (agreementId === null) return;
  assertRecordsExist(db, 'agreement', [agreementId], () => ['operatedByAgreementId'], 'agreement');
  const type = db.prepare('SELECT type FROM agreement WHERE id = ?').pluck().get(agreementId) as string;
  if (type === 'sla') {
    throw invalid(
      'An SLA is what the organisation agrees with its customer; link the contract, OLA or other agreement that binds the party operating this.',
    );
  }
}

function userContent(fields: AssessmentFields): string {
  const { status, operatedByAgreementId, clientNotes, internalNotes, interviewees, owner, dueDate } = fields;
  return canonicalJson({
    status,
    operatedByAgreementId,
    clientNotes,
    internalNotes,
    interviewees,
    owner,
    dueDate,
  });
}

function insertRow(
  db: Database.Database,
  libraryId: string,
  itemId: string,
  fields: AssessmentFields,
  stamp: string,
) {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO assessment (id, library_id, item_id, status, operated_by_agreement_id, client_notes, internal_notes,
       interviewees, owner, due_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    libraryId,
    itemId,
    fields.status,
    fields.operatedByAgreementId,
    fields.clientNotes,
    fields.internalNotes,
    JSON.stringify(fields.interviewees),
    fields.owner,
    fields.dueDate,
    stamp,
    stamp,
  );
  return id;
}

/** Logs one change to an item's assessment: a create when it had no row before. */
export function logAssessment(
  context: WriteContext,
  before: AssessmentSnapshot | null,
  after: AssessmentSnapshot,
): void {
  appendChange(context.db, {
    at: context.now.toISOString(),
    actor: context.actor,
    register: ASSESSMENTS,
    recordId: after.id,
    operation: before ? 'update' : 'create',
    before,
    after,
  });
}

/**
 * Sets some fields of an item's assessment, in one transaction with its change-log entry. An
 * unknown item is refused naming it; a change that changes nothing writes nothing.
 */
export function setAssessment(
  context: WriteContext,
  index: LibraryIndex,
  itemId: string,
  changes: AssessmentChanges,
): AssessmentSnapshot | null {
  const { db } = context;
  const libraryId = index.library.id;
  return db
    .transaction(() => {
      requireItem(index, itemId);
      const before = readAssessment(db, libraryId, itemId);
      const next = applyChanges(before ?? unassessed, changes);
      assertAgreementRule(db, next);
      if (userContent(next) === userContent(before ?? unassessed)) return before;
      const stamp = context.now.toISOString();
      if (before) {
        db.prepare(
          `UPDATE assessment SET status = ?, operated_by_agreement_id = ?, client_notes = ?, internal_notes = ?,
             interviewees = ?, owner = ?, due_date = ?, updated_at = ? WHERE id = ?`,
        ).run(
          next.status,
          next.operatedByAgreementId,
          next.clientNotes,
          next.internalNotes,
          JSON.stringify(next.interviewees),
          next.owner,
          next.dueDate,
          stamp,
          before.id,
        );
      } else {
        insertRow(db, libraryId, itemId, next, stamp);
      }
      const after = readAssessment(db, libraryId, itemId)!;
      logAssessment(context, before, after);
      return after;
    })
    .immediate();
}

/**
 * The item's row, made (as not assessed) when it has none yet; for writes that attach something
 * to an item. Call inside the caller's transaction; the caller logs the change.
 */
export function ensureAssessmentRow(
  context: WriteContext,
  libraryId: string,
  itemId: string,
): { before: AssessmentSnapshot | null; id: string } {
  const before = readAssessment(context.db, libraryId, itemId);
  if (before) return { before, id: before.id };
  return {
    before: null,
    id: insertRow(context.db, libraryId, itemId, unassessed, context.now.toISOString()),
  };
}
