import type Database from 'better-sqlite3';
import { registerLabels } from '../../registers/register-names';
import { specFor, type RecordRegister } from '../../registers/specs';
import { quoted } from '../cells/cell-text';
import { failure, success, type Read } from '../cells/codec';

export interface NamedRecord {
  id: string;
  code: string;
  name: string;
}

/** The column or expression that names a record of each register, as pickers show it. */
const nameSql: Record<RecordRegister, string> = {
  services: 'name',
  customers: 'name',
  suppliers: 'name',
  agreements: 'title',
  targets: 'name',
  reviews: "subject || ' review ' || review_date",
};

/** Names match without regard to case, Unicode form or runs of spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Finds records of one register by code or by name. Built once per import from one query, so a
 * file of any size costs one lookup per register, not one per row. A code always wins over a
 * name; a name that several records share is refused with their codes rather than guessed.
 */
export class ReferenceIndex {
  readonly #byCode = new Map<string, NamedRecord>();
  readonly #byName = new Map<string, NamedRecord[]>();
  readonly #byId = new Map<string, NamedRecord>();

  constructor(
    readonly register: RecordRegister,
    records: Iterable<NamedRecord>,
  ) {
    for (const record of records) this.add(record);
  }

  add(record: NamedRecord): void {
    this.#byId.set(record.id, record);
    this.#byCode.set(record.code.toLowerCase(), record);
    const key = nameKey(record.name);
    if (key === '') return;
    const named = this.#byName.get(key);
    if (named) named.push(record);
    else this.#byName.set(key, [record]);
  }

  resolve(text: string): Read<string> {
    const byCode = this.#byCode.get(text.trim().toLowerCase());
    if (byCode) return success(byCode.id);
    const named = this.#byName.get(nameKey(text)) ?? [];
    if (named.length === 1) return success(named[0]!.id);
    const label = specFor(this.register).label;
    if (named.length > 1) {
      const codes = named.map((record) => record.code).join(', ');
      return failure(
        `${quoted(text)} is the name of ${named.length} ${registerLabels[this.register]} (${codes}); use the code`,
      );
    }
    return failure(`no ${label} with code or name ${quoted(text)}`);
  }

  codeOf(id: string): string {
    return this.#byId.get(id)?.code ?? id;
  }
}

/** Every record of a register, by id, code and name: one query. */
export function loadNamedRecords(db: Database.Database, register: RecordRegister): NamedRecord[] {
  return db
    .prepare(`SELECT id, code, ${nameSql[register]} AS name FROM "${specFor(register).table}"`)
    .all() as NamedRecord[];
}

/** Loads each register's index the first time a file refers to it. */
export class ReferenceIndexes {
  readonly #indexes = new Map<RecordRegister, ReferenceIndex>();

  constructor(private readonly db: Database.Database) {}

  get(register: RecordRegister): ReferenceIndex {
    let index = this.#indexes.get(register);
    if (!index) {
      index = new ReferenceIndex(register, loadNamedRecords(this.db, register));
      this.#indexes.set(register, index);
    }
    return index;
  }

  /** Uses a prepared index for a register, e.g. one that also knows the rows of the file being imported. */
  set(index: ReferenceIndex): void {
    this.#indexes.set(index.register, index);
  }
}
