import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import type { ItemRef, RecordRef } from '../../api/schemas/evidence';
import type { FindingStatus, FindingType, FindingValues } from '../../api/schemas/findings';
import { requireLibraryItem } from '../assessment/library-index';
import { assertCitable } from '../assessment/record-labels';
import { appendChange } from '../change-log/change-log';
import { canonicalJson } from '../change-log/canonical-json';
import { assertCodeFree, nextCode } from '../registers/record-codes';
import { assertRecordsExist } from '../registers/references';
import type { WriteContext } from '../registers/write-context';
import { findingProblems } from './finding-rules';

/** The register name findings are logged under, and the prefix of their codes (FND-001). */
export const FINDINGS = 'findings';
const CODE_PREFIX = 'FND';

/** A finding as stored and as the change log records it. */
export interface FindingSnapshot {
  id: string;
  code: string;
  type: FindingType;
  title: string;
  description: string;
  status: FindingStatus;
  raisedOn: string;
  items: ItemRef[];
  records: RecordRef[];
  correctiveAction: {
    description: string;
    owner: string;
    dueDate: string | null;
    status: FindingValues['correctiveAction']['status'];
    closureEvidenceIds: string[];
  };
  createdAt: string;
  updatedAt: string;
}

/** A finding as its table stores it. */
export interface FindingRow {
  id: string;
  code: string;
  type: FindingType;
  title: string;
  description: string;
  status: FindingStatus;
  raised_on: string;
  action_description: string;
  action_owner: string;
  action_due_date: string | null;
  action_status: FindingSnapshot['correctiveAction']['status'];
  created_at: string;
  updated_at: string;
}

export function readFinding(db: Database.Database, id: string): FindingSnapshot | null {
  const row = db.prepare('SELECT * FROM finding WHERE id = ?').get(id) as FindingRow | undefined;
  if (!row) return null;
  const linked = (sql: string) => db.prepare(sql).all(id);
  return {
    id: row.id,
    code: row.code,
    type: row.type,
    title: row.title,
    description: row.description,
    status: row.status,
    raisedOn: row.raised_on,
    items: linked(
      'SELECT library_id AS libraryId, item_id AS itemId FROM finding_item WHERE finding_id = ? ORDER BY rowid',
    ) as ItemRef[],
    records: linked(
      'SELECT register, record_id AS id FROM finding_record WHERE finding_id = ? ORDER BY rowid',
    ) as RecordRef[],
    correctiveAction: {
      description: row.action_description,
      owner: row.action_owner,
      dueDate: row.action_due_date,
      status: row.action_status,
      closureEvidenceIds: db
        .prepare('SELECT evidence_id FROM finding_closure_evidence WHERE finding_id = ? ORDER BY rowid')
        .pluck()
        .all(id) as string[],
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function notFound(id: string): ClausebookError {
  return new ClausebookError('NOT_FOUND', `There is no finding with the id ${id}; it may have been deleted.`);
}

/** Everything a finding names must exist: its items in their library, its records, its closure evidence. */
function assertValid(db: Database.Database, values: FindingValues): void {
  const [problem] = findingProblems(values);
  if (problem) throw new ClausebookError('VALIDATION', problem.message, { issues: [problem] });
  values.items.forEach((item, index) => requireLibraryItem(item, ['items', index]));
  values.records.forEach((record, index) => assertCitable(db, record, ['records', index, 'id']));
  assertRecordsExist(
    db,
    'evidence',
    values.correctiveAction.closureEvidenceIds,
    (index) => ['correctiveAction', 'closureEvidenceIds', index],
    'evidence file',
  );
}

function writeLinks(db: Database.Database, id: string, values: FindingValues): void {
  for (const table of ['finding_item', 'finding_record', 'finding_closure_evidence']) {
    db.prepare(`DELETE FROM ${table} WHERE finding_id = ?`).run(id);
  }
  // The same item, record or file named twice is one link.
  const item = db.prepare(
    'INSERT OR IGNORE INTO finding_item (finding_id, library_id, item_id) VALUES (?, ?, ?)',
  );
  for (const ref of values.items) item.run(id, ref.libraryId, ref.itemId);
  const record = db.prepare(
    'INSERT OR IGNORE INTO finding_record (finding_id, register, record_id) VALUES (?, ?, ?)',
  );
  for (const ref of values.records) record.run(id, ref.register, ref.id);
  const closure = db.prepare(
    'INSERT OR IGNORE INTO finding_closure_evidence (finding_id, evidence_id) VALUES (?, ?)',
  );
  for (const evidenceId of values.correctiveAction.closureEvidenceIds) closure.run(id, evidenceId);
}

function columnValues(values: FindingValues): unknown[] {
  const action = values.correctiveAction;
  return [
    values.type,
    values.title,
    values.description,
    values.status,
    values.raisedOn,
    action.description,
    action.owner,
    action.dueDate,
    action.status,
  ];
}

const columns =
  'type, title, description, status, raised_on, action_description, action_owner, action_due_date, action_status';

function log(context: WriteContext, before: FindingSnapshot | null, after: FindingSnapshot | null): void {
  appendChange(context.db, {
    at: context.now.toISOString(),
    actor: context.actor,
    register: FINDINGS,
    recordId: (after ?? before)!.id,
    operation: before === null ? 'create' : after === null ? 'delete' : 'update',
    before,
    after,
  });
}

export function createFinding(context: WriteContext, values: FindingValues): FindingSnapshot {
  const { db } = context;
  return db
    .transaction(() => {
      assertValid(db, values);
      const code = values.code ?? nextCode(db, 'finding', CODE_PREFIX);
      assertCodeFree(db, 'finding', code, null, 'finding');
      const id = randomUUID();
      const stamp = context.now.toISOString();
      db.prepare(
        `INSERT INTO finding (id, code, ${columns}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, code, ...columnValues(values), stamp, stamp);
      writeLinks(db, id, values);
      const after = readFinding(db, id)!;
      log(context, null, after);
      return after;
    })
    .immediate();
}

/** Replaces a finding with new values; the code is kept unless a new one is given. */
export function updateFinding(context: WriteContext, id: string, values: FindingValues): FindingSnapshot {
  const { db } = context;
  return db
    .transaction(() => {
      const before = readFinding(db, id);
      if (!before) throw notFound(id);
      assertValid(db, values);
      const code = values.code ?? before.code;
      assertCodeFree(db, 'finding', code, id, 'finding');
      db.prepare(
        `UPDATE finding SET code = ?, ${columns
          .split(', ')
          .map((column) => `${column} = ?`)
          .join(', ')}, updated_at = ? WHERE id = ?`,
      ).run(code, ...columnValues(values), context.now.toISOString(), id);
      writeLinks(db, id, values);
      const after = readFinding(db, id)!;
      const content = ({ updatedAt: _updated, ...rest }: FindingSnapshot) => canonicalJson(rest);
      if (content(after) === content(before)) {
        // Nothing changed: keep the old timestamp and leave the log alone.
        db.prepare('UPDATE finding SET updated_at = ? WHERE id = ?').run(before.updatedAt, id);
        return before;
      }
      log(context, before, after);
      return after;
    })
    .immediate();
}

/** Deletes a finding with its links (the log keeps them in the deleted snapshot). */
export function deleteFinding(context: WriteContext, id: string): void {
  const { db } = context;
  db.transaction(() => {
    const before = readFinding(db, id);
    if (!before) throw notFound(id);
    db.prepare('DELETE FROM finding WHERE id = ?').run(id);
    log(context, before, null);
  }).immediate();
}
