import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import { appendChange } from '../change-log/change-log';
import { canonicalJson } from '../change-log/canonical-json';
import { assertCodeFree, nextCode } from './record-codes';
import { registerTables } from './register-names';
import { checklistReferrers } from '../assessment/checklist-referrers';
import { assertRecordsExist, refuseIfReferenced } from './references';
import type { ColumnSpec, RegisterSpec } from './register-spec';
import { indexRecord, unindexRecord } from './search-index';
import type { WriteContext } from './write-context';

type Values = Record<string, unknown> & { code?: string };
export type StoredRecord = Record<string, unknown> & {
  id: string;
  code: string;
  createdAt: string;
  updatedAt: string;
};

function toColumn(spec: ColumnSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'boolean':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value ?? null);
    default:
      return value ?? null;
  }
}

function fromColumn(spec: ColumnSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'boolean':
      return value === 1;
    case 'json':
      return JSON.parse(value as string);
    case 'text':
      return value ?? '';
    default:
      return value ?? null;
  }
}

/** Every stored column of the main row, with the field path it comes from. */
function mainColumns(spec: RegisterSpec<never>): { path: [string] | [string, string]; column: ColumnSpec }[] {
  const columns: { path: [string] | [string, string]; column: ColumnSpec }[] = Object.entries(
    spec.columns,
  ).map(([field, column]) => ({ path: [field], column }));
  for (const group of spec.groups ?? []) {
    for (const [field, column] of Object.entries(group.columns))
      columns.push({ path: [group.field, field], column });
  }
  return columns;
}

function valueAt(values: Values, path: [string] | [string, string]): unknown {
  if (path.length === 1) return values[path[0]];
  const group = values[path[0]] as Record<string, unknown> | undefined;
  return group?.[path[1]];
}

/** Reads one record with its children, in the shape the register's schema describes. */
export function readRecord(
  db: Database.Database,
  spec: RegisterSpec<never>,
  id: string,
): StoredRecord | null {
  const row = db.prepare(`SELECT * FROM "${spec.table}" WHERE id = ?`).get(id) as
    Record<string, unknown> | undefined;
  if (!row) return null;
  const record: Record<string, unknown> = {
    id: row.id,
    code: row.code,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  for (const { path, column } of mainColumns(spec)) {
    const value = fromColumn(column, row[column.column]);
    if (path.length === 1) record[path[0]] = value;
    else ((record[path[0]] ??= {}) as Record<string, unknown>)[path[1]] = value;
  }
  for (const child of spec.children ?? []) {
    if (child.kind === 'ids') {
      record[child.field] = db
        .prepare(
          `SELECT "${child.column}" FROM "${child.table}" WHERE "${child.parentColumn}" = ? ORDER BY rowid`,
        )
        .pluck()
        .all(id);
    } else {
      const rows = db
        .prepare(`SELECT * FROM "${child.table}" WHERE "${child.parentColumn}" = ? ORDER BY position`)
        .all(id) as Record<string, unknown>[];
      record[child.field] = rows.map((childRow) =>
        Object.fromEntries(
          Object.entries(child.columns).map(([field, column]) => [
            field,
            fromColumn(column, childRow[column.column]),
          ]),
        ),
      );
    }
  }
  return record as StoredRecord;
}

function writeChildren(db: Database.Database, spec: RegisterSpec<never>, id: string, values: Values): void {
  for (const child of spec.children ?? []) {
    db.prepare(`DELETE FROM "${child.table}" WHERE "${child.parentColumn}" = ?`).run(id);
    const items = (values[child.field] as unknown[] | undefined) ?? [];
    if (child.kind === 'ids') {
      const insert = db.prepare(
        `INSERT INTO "${child.table}" ("${child.parentColumn}", "${child.column}") VALUES (?, ?)`,
      );
      // The same id twice is one link; constraint failures are not hidden.
      for (const item of new Set(items)) insert.run(id, item);
    } else {
      const fields = Object.entries(child.columns);
      const insert = db.prepare(
        `INSERT INTO "${child.table}" ("${child.parentColumn}", position, ${fields.map(([, c]) => `"${c.column}"`).join(', ')})
         VALUES (?, ?, ${fields.map(() => '?').join(', ')})`,
      );
      items.forEach((item, position) => {
        const row = item as Record<string, unknown>;
        insert.run(id, position, ...fields.map(([field, column]) => toColumn(column, row[field])));
      });
    }
  }
}

function checkReferences(
  db: Database.Database,
  spec: RegisterSpec<never>,
  values: Values,
  id: string | null,
): void {
  for (const check of spec.references(values as never)) {
    assertRecordsExist(db, check.table, check.ids, check.path, check.label);
  }
  spec.validate?.(db, values as never, id);
}

function notFound(spec: RegisterSpec<never>, id: string): ClausebookError {
  return new ClausebookError(
    'NOT_FOUND',
    `There is no ${spec.label} with the id ${id}; it may have been deleted.`,
  );
}

/** The part of a record that a user edits, for deciding whether an update changes anything. */
function content(record: StoredRecord): string {
  const { createdAt: _created, updatedAt: _updated, ...rest } = record;
  return canonicalJson(rest);
}

export function createRecord(context: WriteContext, spec: RegisterSpec<never>, values: Values): StoredRecord {
  const { db } = context;
  return db
    .transaction(() => {
      checkReferences(db, spec, values, null);
      const code = values.code ?? nextCode(db, spec.table, spec.codePrefix);
      assertCodeFree(db, spec.table, code, null, spec.label);
      const id = randomUUID();
      const stamp = context.now.toISOString();
      const columns = mainColumns(spec);
      db.prepare(
        `INSERT INTO "${spec.table}" (id, code, created_at, updated_at, ${columns.map(({ column }) => `"${column.column}"`).join(', ')})
         VALUES (?, ?, ?, ?, ${columns.map(() => '?').join(', ')})`,
      ).run(
        id,
        code,
        stamp,
        stamp,
        ...columns.map(({ path, column }) => toColumn(column, valueAt(values, path))),
      );
      writeChildren(db, spec, id, values);
      const after = readRecord(db, spec, id)!;
      indexRecord(db, spec.register, id, { code, ...spec.searchText(after as never) });
      appendChange(db, {
        at: stamp,
        actor: context.actor,
        register: spec.register,
        recordId: id,
        operation: 'create',
        before: null,
        after,
      });
      return after;
    })
    .immediate();
}

export function updateRecord(
  context: WriteContext,
  spec: RegisterSpec<never>,
  id: string,
  values: Values,
): StoredRecord {
  const { db } = context;
  return db
    .transaction(() => {
      const before = readRecord(db, spec, id);
      if (!before) throw notFound(spec, id);
      checkReferences(db, spec, values, id);
      const code = values.code ?? before.code;
      assertCodeFree(db, spec.table, code, id, spec.label);
      const columns = mainColumns(spec);
      const stamp = context.now.toISOString();
      db.prepare(
        `UPDATE "${spec.table}" SET code = ?, updated_at = ?, ${columns.map(({ column }) => `"${column.column}" = ?`).join(', ')} WHERE id = ?`,
      ).run(code, stamp, ...columns.map(({ path, column }) => toColumn(column, valueAt(values, path))), id);
      writeChildren(db, spec, id, values);
      const after = readRecord(db, spec, id)!;
      if (content(after) === content(before)) {
        // Nothing changed: keep the old timestamp and leave the log alone.
        db.prepare(`UPDATE "${spec.table}" SET updated_at = ? WHERE id = ?`).run(before.updatedAt, id);
        return before;
      }
      indexRecord(db, spec.register, id, { code, ...spec.searchText(after as never) });
      appendChange(db, {
        at: stamp,
        actor: context.actor,
        register: spec.register,
        recordId: id,
        operation: 'update',
        before,
        after,
      });
      return after;
    })
    .immediate();
}

export interface DeleteOutcome {
  deleted: string;
  /** Records whose optional references to the deleted record were removed. */
  detached: { register: string; id: string }[];
}

/**
 * Deletes a record. While other records point at it the delete is refused with the list of them;
 * with `detachReferences`, optional references are removed first (each change logged), and only
 * required ones still block.
 */
export function deleteRecord(
  context: WriteContext,
  spec: RegisterSpec<never>,
  id: string,
  options: { detachReferences: boolean },
  readAny: (register: string, id: string) => StoredRecord | null,
): DeleteOutcome {
  const { db } = context;
  return db
    .transaction(() => {
      const before = readRecord(db, spec, id);
      if (!before) throw notFound(spec, id);
      const what = `${spec.label[0]!.toUpperCase()}${spec.label.slice(1)} ${before.code}`;
      // Checklist entries (assessments, evidence, findings) that cite the record block its delete too.
      const referrers = [...spec.referrers(db, id), ...checklistReferrers(db, id)];
      const blocking = options.detachReferences
        ? referrers.filter((referrer) => !referrer.optional)
        : referrers;
      refuseIfReferenced(what, blocking);
      const stamp = context.now.toISOString();
      const detached: { register: string; id: string }[] = [];
      if (options.detachReferences && spec.detach) {
        const affected = referrers.filter((referrer) => referrer.optional);
        const snapshots = new Map(
          affected.map((referrer) => [referrer.id, readAny(referrer.register, referrer.id)]),
        );
        for (const changed of spec.detach(db, id)) {
          const previous = snapshots.get(changed.id) ?? null;
          db.prepare(`UPDATE "${registerTable(changed.register)}" SET updated_at = ? WHERE id = ?`).run(
            stamp,
            changed.id,
          );
          const after = readAny(changed.register, changed.id);
          appendChange(db, {
            at: stamp,
            actor: context.actor,
            register: changed.register,
            recordId: changed.id,
            operation: 'update',
            before: previous,
            after,
          });
          detached.push(changed);
        }
      }
      for (const owned of spec.ownedRecords?.(db, id) ?? []) {
        appendChange(db, {
          at: stamp,
          actor: context.actor,
          register: owned.register,
          recordId: owned.id,
          operation: 'delete',
          before: owned.before,
          after: null,
        });
      }
      db.prepare(`DELETE FROM "${spec.table}" WHERE id = ?`).run(id);
      unindexRecord(db, id);
      appendChange(db, {
        at: stamp,
        actor: context.actor,
        register: spec.register,
        recordId: id,
        operation: 'delete',
        before,
        after: null,
      });
      return { deleted: id, detached };
    })
    .immediate();
}

function registerTable(register: string): string {
  const table = (registerTables as Record<string, string>)[register];
  if (!table) throw new Error(`Unknown register ${register}.`);
  return table;
}
