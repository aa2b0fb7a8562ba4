import type Database from 'better-sqlite3';
import type { RecordLabel, RecordRef } from '../../api/schemas/evidence';
import { recordOptions } from '../registers/record-options';
import { registerTables } from '../registers/register-names';
import { assertRecordsExist } from '../registers/references';

/** The word for one record of a register, for messages. */
const singular: Record<RecordRef['register'], string> = {
  services: 'service',
  customers: 'customer',
  suppliers: 'supplier',
  agreements: 'agreement',
  targets: 'service level target',
  reviews: 'review',
};

/** Refuses a citation of a record that does not exist, naming the field it came from. */
export function assertCitable(
  db: Database.Database,
  ref: RecordRef,
  path: readonly (string | number)[],
): void {
  assertRecordsExist(db, registerTables[ref.register], [ref.id], () => [...path], singular[ref.register]);
}

/** The records with the code and name each register shows them by, in the order given. */
export function labelRecords(db: Database.Database, refs: readonly RecordRef[]): RecordLabel[] {
  const found = new Map<string, { code: string; name: string }>();
  const byRegister = new Map<RecordRef['register'], string[]>();
  for (const ref of refs) byRegister.set(ref.register, [...(byRegister.get(ref.register) ?? []), ref.id]);
  for (const [register, ids] of byRegister) {
    for (const option of recordOptions(db, { register, search: '', ids, limit: ids.length })) {
      found.set(option.id, { code: option.code, name: option.name });
    }
  }
  // A citation outlives nothing it names (deletes of cited records are refused), so every ref is found.
  return refs.map((ref) => ({
    ...ref,
    code: found.get(ref.id)?.code ?? '?',
    name: found.get(ref.id)?.name ?? '',
  }));
}
