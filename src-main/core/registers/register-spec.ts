import type Database from 'better-sqlite3';
import type { RegisterName, SearchableRegister } from './register-names';
import type { Referrer } from './references';

/** How a field of a record is stored in its row. */
export type ColumnKind = 'text' | 'nullableText' | 'integer' | 'real' | 'boolean' | 'json';

export interface ColumnSpec {
  column: string;
  kind: ColumnKind;
}

/** A list of ids kept in a link table (service ↔ customers). */
export interface IdListSpec {
  kind: 'ids';
  field: string;
  table: string;
  parentColumn: string;
  column: string;
}

/** A list of owned rows kept in a child table, in order (contacts, components, actions). */
export interface RowListSpec {
  kind: 'rows';
  field: string;
  table: string;
  parentColumn: string;
  columns: Record<string, ColumnSpec>;
}

/** A group of columns of the main row presented as one nested object (a service's catalogue entry). */
export interface GroupSpec {
  field: string;
  columns: Record<string, ColumnSpec>;
}

export interface ReferenceCheck {
  table: string;
  label: string;
  ids: readonly (string | null)[];
  path: (index: number) => (string | number)[];
}

/**
 * Everything the generic record store needs to know about one register: where its fields live,
 * which other records it points at, and which records point at it.
 */
export interface RegisterSpec<Values> {
  register: SearchableRegister;
  table: string;
  /** Singular, for messages: "service", "supplier". */
  label: string;
  codePrefix: string;
  columns: Record<string, ColumnSpec>;
  groups?: GroupSpec[];
  children?: (IdListSpec | RowListSpec)[];
  /** What the search index holds for a record. */
  searchText(values: Values): { name: string; description: string };
  references(values: Values): ReferenceCheck[];
  /** Checks that need the database, e.g. the kind of a named supplier; `id` is null for a new record. */
  validate?(db: Database.Database, values: Values, id: string | null): void;
  /**
   * Records owned by this one that go with it when it is deleted (a target's measurements), so
   * their deletion is logged too.
   */
  ownedRecords?(db: Database.Database, id: string): { register: RegisterName; id: string; before: unknown }[];
  /** Records that point at this one; `optional` ones can be detached instead of blocking a delete. */
  referrers(db: Database.Database, id: string): Referrer[];
  /** Removes optional references to the record from other records; returns the records changed. */
  detach?(db: Database.Database, id: string): { register: RegisterName; id: string }[];
}

export const text = (column: string): ColumnSpec => ({ column, kind: 'text' });
export const nullableText = (column: string): ColumnSpec => ({ column, kind: 'nullableText' });
export const integer = (column: string): ColumnSpec => ({ column, kind: 'integer' });
export const real = (column: string): ColumnSpec => ({ column, kind: 'real' });
export const boolean = (column: string): ColumnSpec => ({ column, kind: 'boolean' });
export const json = (column: string): ColumnSpec => ({ column, kind: 'json' });
