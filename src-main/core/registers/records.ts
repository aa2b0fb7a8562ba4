import type { WriteContext } from './write-context';
import {
  createRecord,
  deleteRecord,
  readRecord,
  updateRecord,
  type DeleteOutcome,
  type StoredRecord,
} from './record-store';
import { isRecordRegister, specFor, type RecordRegister } from './specs';
import type Database from 'better-sqlite3';

/** One entry point per operation for every register with coded records. */
export function readRecordIn(
  db: Database.Database,
  register: RecordRegister,
  id: string,
): StoredRecord | null {
  return readRecord(db, specFor(register), id);
}

export function createRecordIn(
  context: WriteContext,
  register: RecordRegister,
  values: object,
): StoredRecord {
  return createRecord(context, specFor(register), values as Record<string, unknown>);
}

export function updateRecordIn(
  context: WriteContext,
  register: RecordRegister,
  id: string,
  values: object,
): StoredRecord {
  return updateRecord(context, specFor(register), id, values as Record<string, unknown>);
}

export function deleteRecordIn(
  context: WriteContext,
  register: RecordRegister,
  id: string,
  options: { detachReferences: boolean },
): DeleteOutcome {
  return deleteRecord(context, specFor(register), id, options, (other, otherId) =>
    isRecordRegister(other) ? readRecord(context.db, specFor(other), otherId) : null,
  );
}
