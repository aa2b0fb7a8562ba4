import type Database from 'better-sqlite3';
import type { RecordRegisterName } from '../../../src-main/api/schemas/registers/record-api';

/** A record the writer may update, delete or point at, with the one fact its values depend on. */
export interface PoolRecord {
  id: string;
  code: string;
  /** A supplier's kind, an agreement's type, a review's subject; null for the rest. */
  kind: string | null;
}

/** The records of every register that the random writes may use. */
export type RecordPool = Record<RecordRegisterName, PoolRecord[]>;

/** The table of each register, the field that carries a write's marker, and the column of its kind. */
export const registerTables: Record<RecordRegisterName, { table: string; marker: string; kind: string }> = {
  services: { table: 'service', marker: 'name', kind: 'NULL' },
  customers: { table: 'customer', marker: 'name', kind: 'NULL' },
  suppliers: { table: 'supplier', marker: 'name', kind: 'kind' },
  agreements: { table: 'agreement', marker: 'title', kind: 'type' },
  targets: { table: 'target', marker: 'name', kind: 'NULL' },
  reviews: { table: 'review', marker: 'outcome', kind: 'subject' },
};

export const poolRegisters = Object.keys(registerTables) as RecordRegisterName[];

/** The records in a workspace, read after each cycle: writes in flight when killed may have added some. */
export function readPool(db: Database.Database): RecordPool {
  const pool = {} as RecordPool;
  for (const register of poolRegisters) {
    const { table, kind } = registerTables[register];
    pool[register] = db
      .prepare(`SELECT id, code, ${kind} AS kind FROM "${table}" ORDER BY code`)
      .all() as PoolRecord[];
  }
  return pool;
}

/** The records of a register (of the given kinds) that no write in flight touches. */
export function freeRecords(
  pool: RecordPool,
  register: RecordRegisterName,
  busy: ReadonlySet<string>,
  kinds?: readonly string[],
): PoolRecord[] {
  return pool[register].filter(
    (record) => !busy.has(record.id) && (kinds === undefined || kinds.includes(record.kind ?? '')),
  );
}
