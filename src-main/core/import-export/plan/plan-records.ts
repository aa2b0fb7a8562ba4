import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { canonicalJson } from '../../change-log/canonical-json';
import { readRecordIn } from '../../registers/records';
import { specFor, type RecordRegister } from '../../registers/specs';
import { cellText } from '../cells/cell-text';
import type { ReadContext } from '../cells/codec';
import type { RegisterColumns } from '../columns/column';
import type { ImportPacing } from '../import-pacing';
import type { Table, TableRow } from '../table/table';
import { assignCodes } from './assign-codes';
import type { ImportPlan, PlannedRow } from './import-plan';
import { rowProblem, type ImportProblem } from './import-problem';
import { readRow } from './read-row';
import { loadNamedRecords, ReferenceIndex, ReferenceIndexes, type NamedRecord } from './reference-index';
import { issueProblems, thrownIssues, zodIssues } from './schema-issues';
import { tableProblemsByRow } from './table-problems';

interface RowIdentity {
  row: TableRow;
  code: string;
  /** The record the row's code names, or null for a new record. */
  existing: NamedRecord | null;
  placeholder: string | null;
}

/**
 * Plans the import of a register whose records have codes: a row whose code is in the workspace
 * updates that record, any other row creates one. Nothing is written; every problem of every row
 * is collected, so one run of the import reports them all. Between slices of rows it pauses for
 * the event loop.
 */
export async function planRecordImport(
  db: Database.Database,
  register: RegisterColumns & { register: RecordRegister },
  table: Table,
  positions: ReadonlyMap<string, number>,
  pacing: ImportPacing,
): Promise<ImportPlan> {
  const spec = specFor(register.register);
  const problems: ImportProblem[] = [];
  const readProblems = tableProblemsByRow(table, new Set(positions.values()));
  const existing = loadNamedRecords(db, register.register);
  const existingByCode = new Map(existing.map((record) => [record.code.toLowerCase(), record]));

  // First every row's identity, so rows can refer to records that other rows create or rename.
  const identities: RowIdentity[] = [];
  const seenCodes = new Map<string, number>();
  const codeAt = positions.get('code');
  const codeless: RowIdentity[] = [];
  for (const row of table.rows()) {
    if (pacing.due) await pacing.pause();
    const rowProblems = readProblems.get(row.number);
    if (rowProblems) {
      problems.push(...rowProblems);
      continue;
    }
    const code = codeAt === undefined ? '' : cellText(row.cells[codeAt] ?? null).trim();
    if (code !== '') {
      const earlier = seenCodes.get(code.toLowerCase());
      if (earlier !== undefined) {
        const place = { header: table.headers[codeAt!] ?? '', index: codeAt! };
        problems.push(
          rowProblem(
            row.number,
            place,
            `${code} is also the code in row ${earlier}; each code may appear once.`,
          ),
        );
        continue;
      }
      seenCodes.set(code.toLowerCase(), row.number);
    }
    const match = code === '' ? null : (existingByCode.get(code.toLowerCase()) ?? null);
    // A code matched without regard to case keeps the spelling the workspace has.
    const identity: RowIdentity = {
      row,
      code: match?.code ?? code,
      existing: match,
      placeholder: match ? null : randomUUID(),
    };
    identities.push(identity);
    if (code === '') codeless.push(identity);
  }
  const fresh = assignCodes(
    spec.codePrefix,
    [...existing.map((record) => record.code), ...seenCodes.keys()],
    codeless.length,
  );
  codeless.forEach((identity, index) => (identity.code = fresh[index]!));

  const indexes = new ReferenceIndexes(db);
  indexes.set(ownIndex(register, table, positions, existing, identities));
  const context: ReadContext = {
    resolve: (target, text) => indexes.get(target).resolve(text),
    date1904: table.date1904,
  };

  const rows: PlannedRow[] = [];
  for (const identity of identities) {
    if (pacing.due) await pacing.pause();
    const { row } = identity;
    const base = identity.existing ? currentValues(db, register.register, identity.existing.id) : {};
    const read = readRow(register, table.headers, positions, row, base, context, new Set(['code']));
    read.values.code = identity.code;
    if (read.problems.length > 0) {
      problems.push(...read.problems);
      continue;
    }
    const parsed = register.schema.safeParse(read.values);
    if (!parsed.success) {
      problems.push(
        ...issueProblems(register, table.headers, positions, row.number, zodIssues(parsed.error)),
      );
      continue;
    }
    const values = parsed.data as Record<string, unknown>;
    try {
      // A new row's placeholder stands for its id: rules that compare ids (a service that depends
      // on itself) hold for new rows too, and rules that look the id up find nothing stored, as
      // for any new record.
      spec.validate?.(db, values as never, identity.existing?.id ?? identity.placeholder);
    } catch (error) {
      const issues = thrownIssues(error);
      if (!issues) throw error;
      problems.push(...issueProblems(register, table.headers, positions, row.number, issues));
      continue;
    }
    const unchanged = identity.existing !== null && canonicalJson(values) === canonicalJson(base);
    rows.push({
      row: row.number,
      action: identity.existing ? (unchanged ? 'unchanged' : 'update') : 'create',
      id: identity.existing?.id ?? null,
      placeholder: identity.placeholder,
      label: `${identity.code} ${register.describe(values)}`.trim(),
      values,
    });
  }
  return { register: register.register, rows, problems };
}

/** A record's current values as its schema describes them, without id and timestamps. */
function currentValues(db: Database.Database, register: RecordRegister, id: string): Record<string, unknown> {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...values } = readRecordIn(db, register, id)!;
  return values;
}

/**
 * The register's own records as the file will leave them: existing records under the names the
 * file gives them, and the file's new records under their placeholders. A service can then
 * depend on a service that the same file creates or renames.
 */
function ownIndex(
  register: RegisterColumns & { register: RecordRegister },
  table: Table,
  positions: ReadonlyMap<string, number>,
  existing: readonly NamedRecord[],
  identities: readonly RowIdentity[],
): ReferenceIndex {
  const nameAt = register.nameColumn === null ? undefined : positions.get(register.nameColumn);
  const fileName = (row: TableRow) =>
    nameAt === undefined ? null : cellText(row.cells[nameAt] ?? null).trim();
  const renamed = new Map<string, string>();
  const records: NamedRecord[] = [];
  for (const identity of identities) {
    const name = fileName(identity.row);
    if (identity.existing) {
      if (name !== null) renamed.set(identity.existing.id, name);
    } else {
      records.push({ id: identity.placeholder!, code: identity.code, name: name ?? '' });
    }
  }
  const current = existing.map((record) => ({ ...record, name: renamed.get(record.id) ?? record.name }));
  return new ReferenceIndex(register.register, [...current, ...records]);
}
