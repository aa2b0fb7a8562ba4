import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { canonicalJson } from './canonical-json';

/**
 * The append-only, hash-chained record of every change to register data. Each entry's hash
 * covers its own content and the previous entry's hash, so changing, removing or reordering any
 * entry breaks the chain from that point on, and `verifyChangeLog` names the first broken link.
 */
export const GENESIS_HASH = '0'.repeat(64);

export type Operation = 'create' | 'update' | 'delete';

export interface ChangeInput {
  at: string;
  actor: string;
  register: string;
  recordId: string;
  operation: Operation;
  before: unknown;
  after: unknown;
}

export interface ChangeEntry extends ChangeInput {
  seq: number;
  prevHash: string;
  hash: string;
}

interface ChangeRow {
  seq: number;
  at: string;
  actor: string;
  register: string;
  record_id: string;
  operation: Operation;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

export function entryHash(entry: Omit<ChangeEntry, 'hash'>): string {
  const content = canonicalJson({
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    register: entry.register,
    recordId: entry.recordId,
    operation: entry.operation,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
  return createHash('sha256').update(entry.prevHash).update('\n').update(content).digest('hex');
}

interface AppendStatements {
  last: Database.Statement;
  insert: Database.Statement;
}

/** Prepared once per connection: an import appends tens of thousands of entries. */
const statements = new WeakMap<Database.Database, AppendStatements>();

function appendStatements(db: Database.Database): AppendStatements {
  let prepared = statements.get(db);
  if (!prepared) {
    prepared = {
      last: db.prepare('SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO change_log (seq, at, actor, register, record_id, operation, before, after, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
    statements.set(db, prepared);
  }
  return prepared;
}

/** Appends one entry; call inside the transaction that makes the change. */
export function appendChange(db: Database.Database, change: ChangeInput): void {
  const { last: lastEntry, insert } = appendStatements(db);
  const last = lastEntry.get() as { seq: number; hash: string } | undefined;
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  // Stored as the same canonical text that was hashed, so verification reads back exactly what was signed off.
  const before = change.before === null || change.before === undefined ? null : canonicalJson(change.before);
  const after = change.after === null || change.after === undefined ? null : canonicalJson(change.after);
  const hash = entryHash({ ...change, seq, prevHash, before: parse(before), after: parse(after) });
  insert.run(
    seq,
    change.at,
    change.actor,
    change.register,
    change.recordId,
    change.operation,
    before,
    after,
    prevHash,
    hash,
  );
}

function parse(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

function toEntry(row: ChangeRow): ChangeEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    register: row.register,
    recordId: row.record_id,
    operation: row.operation,
    before: parse(row.before),
    after: parse(row.after),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function recordHistory(db: Database.Database, recordId: string): ChangeEntry[] {
  const rows = db
    .prepare('SELECT * FROM change_log WHERE record_id = ? ORDER BY seq')
    .all(recordId) as ChangeRow[];
  return rows.map(toEntry);
}

export interface ChainVerdict {
  ok: boolean;
  entries: number;
  /** The first entry that does not follow from the one before it, and why. */
  firstBroken: { seq: number; reason: string } | null;
}

export function verifyChangeLog(db: Database.Database): ChainVerdict {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for (const row of db
    .prepare('SELECT * FROM change_log ORDER BY seq')
    .iterate() as IterableIterator<ChangeRow>) {
    entries += 1;
    const broken = (reason: string): ChainVerdict => ({
      ok: false,
      entries,
      firstBroken: { seq: row.seq, reason },
    });
    if (row.seq !== expectedSeq) return broken(`entry ${expectedSeq} is missing`);
    if (row.prev_hash !== expectedPrev) return broken('it does not follow from the entry before it');
    let entry: ChangeEntry;
    try {
      entry = toEntry(row);
    } catch {
      return broken('its content is not valid JSON');
    }
    if (entryHash(entry) !== row.hash) return broken('its content was changed after it was written');
    expectedPrev = row.hash;
    expectedSeq += 1;
  }
  return { ok: true, entries, firstBroken: null };
}
