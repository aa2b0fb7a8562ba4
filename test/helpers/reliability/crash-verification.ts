import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Envelope } from '../../../src-main/api/errors';
import { createApi } from '../../../src-main/api/handlers';
import { verifyChangeLog } from '../../../src-main/core/change-log/change-log';
import { Session } from '../../../src-main/core/session';
import { miscountedTables } from '../../../src-main/core/workspace/record-counts';
import { readPool, registerTables, type RecordPool } from './record-pool';
import {
  ABSENT,
  matches,
  type Expected,
  type LedgerEntry,
  type Lookup,
  type WriteLedger,
} from './write-ledger';

/** A workspace opened in this process through the API registry, as the CLI and the desktop app open it. */
export interface InProcessWorkspace {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Calls a method that must succeed. */
  value<T>(method: string, input: unknown): Promise<T>;
  db: Database.Database;
  close(): void;
}

/** `userDataDir` stands in for the user's app data folder, which a test must never write to. */
export async function openInProcess(file: string, userDataDir: string): Promise<InProcessWorkspace> {
  const session = new Session();
  const api = createApi(session, { appVersion: '0.0.0-test', userDataDir: () => userDataDir });
  const call = (method: string, input: unknown) =>
    api.dispatch(method, input, { transport: 'cli', access: 'local' }) as Promise<Envelope<unknown>>;
  const value = async <T>(method: string, input: unknown) => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  await value('workspace.open', { path: file });
  return { call, value, db: session.require().db, close: () => session.closeSync() };
}

export interface Verification {
  /** Everything found wrong, each in a sentence that says what was expected and what was found. */
  problems: string[];
  /** Ledger entries read back and compared. */
  checked: number;
  /** Entries last written by a write in flight when the process died: found as it wrote them, or as before. */
  inFlight: { committed: number; notCommitted: number };
  /** The records now in the workspace, for the next cycle's writes. */
  pool: RecordPool;
}

/**
 * Reopens a workspace after its process was killed, the way the app reopens it, and checks that it
 * is sound and holds what it acknowledged: SQLite's integrity and foreign key checks, the change
 * log's hash chain, the state of every ledger entry in `keys` (all rows of one import together),
 * and that it takes a write. The state each entry was found in becomes its one expected state.
 */
export async function verifyAfterKill(options: {
  file: string;
  userDataDir: string;
  ledger: WriteLedger;
  keys: Iterable<string>;
  /** What was survived, e.g. "kill cycle 7 (seed 42)", for messages. */
  label: string;
}): Promise<Verification> {
  const { ledger, label } = options;
  let workspace: InProcessWorkspace;
  try {
    workspace = await openInProcess(options.file, options.userDataDir);
  } catch (error) {
    throw new Error(`After ${label} the workspace does not open: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    const problems = soundness(workspace.db);
    const found = new Map<string, Expected>();
    const inFlight = { committed: 0, notCommitted: 0 };
    for (const key of new Set(options.keys)) {
      const entry = ledger.get(key);
      if (!entry) continue;
      const state = await readBack(workspace, entry);
      found.set(key, state);
      if (entry.acceptable.length > 1) {
        if (matches(state, entry.acceptable.slice(-1))) inFlight.committed += 1;
        else inFlight.notCommitted += 1;
      }
      if (!matches(state, entry.acceptable)) {
        problems.push(
          `${describe(entry.lookup)}, written by ${entry.writtenBy}: expected ${entry.acceptable.map(show).join(' or ')}, found ${show(state)}`,
        );
      }
    }
    problems.push(...splitGroups(ledger, found));
    if (problems.length === 0) for (const [key, state] of found) ledger.settle(key, state);

    // It must take a write again; the write is then acknowledged like any other.
    const engagement = await workspace.value<Record<string, unknown>>('engagement.get', {});
    const scopeStatement = `Reopened after ${label}.`;
    const { createdAt: _created, updatedAt: _updated, ...values } = engagement;
    await workspace.value('engagement.update', { ...values, scopeStatement });
    ledger.acknowledged(
      { lookup: { kind: 'engagement' }, expected: { present: true, fields: { scopeStatement } } },
      `engagement.update after ${label}`,
    );
    return { problems, checked: found.size, inFlight, pool: readPool(workspace.db) };
  } finally {
    workspace.close();
  }
}

/** SQLite's own checks over every page and reference, the kept row counts, and the change log's chain. */
function soundness(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
    (row) => row.integrity_check,
  );
  if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.slice(0, 10).join('; ')}`);
  const foreignKeys = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of foreignKeys.slice(0, 10))
    problems.push(`foreign_key_check: ${row.table} row ${row.rowid} points to a missing ${row.parent}`);
  for (const { table, kept, rows } of miscountedTables(db))
    problems.push(`record_count: ${table} is counted as ${kept} rows but holds ${rows}`);
  const chain = verifyChangeLog(db);
  if (!chain.ok)
    problems.push(
      `change log: the chain breaks at entry ${chain.firstBroken?.seq}: ${chain.firstBroken?.reason} (${chain.entries} entries read)`,
    );
  return problems;
}

/** The rows of one import are all there or all gone. */
function splitGroups(ledger: WriteLedger, found: Map<string, Expected>): string[] {
  const groups = new Map<string, boolean[]>();
  for (const [key, state] of found) {
    const group = ledger.get(key)?.group;
    if (group) groups.set(group, [...(groups.get(group) ?? []), state.present]);
  }
  return [...groups]
    .filter(([, present]) => new Set(present).size > 1)
    .map(
      ([group, present]) =>
        `import ${group} is half there: ${present.filter(Boolean).length} of ${present.length} rows`,
    );
}

async function readBack(workspace: InProcessWorkspace, entry: LedgerEntry): Promise<Expected> {
  const lookup = entry.lookup;
  // Compare the fields the ledger names; a record holds more, which other writes may change.
  const fields = [
    ...new Set(entry.acceptable.flatMap((state) => (state.present ? Object.keys(state.fields) : []))),
  ];
  const present = (value: Record<string, unknown>): Expected => ({
    present: true,
    fields: Object.fromEntries(fields.map((field) => [field, value[field]])),
  });
  const idBy = (table: string, column: string, value: string) =>
    workspace.db.prepare(`SELECT id FROM "${table}" WHERE "${column}" = ?`).pluck().get(value) as
      string | undefined;

  switch (lookup.kind) {
    case 'record': {
      const id = idBy(registerTables[lookup.register].table, 'code', lookup.code);
      return id ? present(await workspace.value(`${lookup.register}.get`, { id })) : ABSENT;
    }
    case 'finding': {
      const id = idBy('finding', 'code', lookup.code);
      return id ? present(await workspace.value('findings.get', { id })) : ABSENT;
    }
    case 'evidence': {
      const id = idBy('evidence', 'file_name', lookup.fileName);
      if (!id) return ABSENT;
      const evidence = await workspace.value<Record<string, unknown>>('evidence.get', { id });
      // The content itself, read back in full: its hash is what the writer sent.
      const content = await workspace.value<{ content: string }>('evidence.content', { id });
      const sha256 = createHash('sha256').update(Buffer.from(content.content, 'base64')).digest('hex');
      return present({ ...evidence, sha256 });
    }
    case 'measurement': {
      const result = await workspace.call('measurements.list', { targetId: lookup.targetId });
      const list = result.ok ? (result.value as { periodStart: string }[]) : [];
      const measurement = list.find((row) => row.periodStart === lookup.periodStart);
      return measurement ? present(measurement) : ABSENT;
    }
    case 'assessment':
      return present(await workspace.value('assessments.get', { itemId: lookup.itemId }));
    case 'engagement':
      return present(await workspace.value('engagement.get', {}));
  }
}

function describe(lookup: Lookup): string {
  switch (lookup.kind) {
    case 'record':
      return `${lookup.register} ${lookup.code}`;
    case 'measurement':
      return `the measurement of target ${lookup.targetId} for ${lookup.periodStart}`;
    case 'assessment':
      return `the assessment of item ${lookup.itemId}`;
    case 'evidence':
      return `evidence file ${lookup.fileName}`;
    case 'finding':
      return `finding ${lookup.code}`;
    case 'engagement':
      return 'the engagement';
  }
}

function show(state: Expected): string {
  return state.present ? JSON.stringify(state.fields) : 'absent';
}
