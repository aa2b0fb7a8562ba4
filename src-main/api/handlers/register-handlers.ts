import type { HandlerRegistry } from '../registry';
import type { Session } from '../../core/session';
import { ClausebookError } from '../errors';
import type { MethodName } from '../contract';
import { recordRegisters, type RecordRegisterName } from '../schemas/registers/record-api';
import type { ListInput } from '../schemas/registers/lists';
import { listSpecs } from '../../core/registers/lists';
import { listPage } from '../../core/registers/lists/list-query';
import { createRecordIn, deleteRecordIn, readRecordIn, updateRecordIn } from '../../core/registers/records';
import { writeContext } from '../../core/registers/write-context';
import { recordOptions } from '../../core/registers/record-options';
import { relatedRecords } from '../../core/registers/related-records';
import { recordHistory } from '../../core/change-log/change-log';
import {
  deleteMeasurement,
  listMeasurements,
  recordMeasurement,
} from '../../core/registers/measurement-store';

type LooseHandler = (input: never) => unknown;

/** The same five handlers for every register with coded records, and the cross-register helpers. */
export function registerRegisterHandlers(api: HandlerRegistry, session: Session): void {
  const db = () => session.require().db;
  const on = (method: string, handler: LooseHandler) => api.register(method as MethodName, handler as never);

  for (const register of recordRegisters) {
    on(`${register}.list`, (input: ListInput) => listPage(db(), listSpecs[register], input));
    on(`${register}.get`, ({ id }: { id: string }) => {
      const record = readRecordIn(db(), register, id);
      if (!record) throw notFound(register, id);
      return record;
    });
    on(`${register}.create`, (values: object) => createRecordIn(writeContext(db()), register, values));
    on(`${register}.update`, ({ id, values }: { id: string; values: object }) =>
      updateRecordIn(writeContext(db()), register, id, values),
    );
    on(`${register}.delete`, ({ id, detachReferences }: { id: string; detachReferences: boolean }) =>
      deleteRecordIn(writeContext(db()), register, id, { detachReferences }),
    );
  }

  api.register('records.options', (input) => recordOptions(db(), input));
  api.register('records.related', ({ register, id }) => {
    if (!readRecordIn(db(), register, id)) throw notFound(register, id);
    return relatedRecords(db(), register, id);
  });
  api.register('records.history', ({ id }) =>
    recordHistory(db(), id).map(({ seq, at, actor, operation, before, after, hash }) => ({
      seq,
      at,
      actor,
      operation,
      before,
      after,
      hash,
    })),
  );
  api.register('measurements.list', ({ targetId }) => listMeasurements(db(), targetId));
  api.register('measurements.record', (input) => recordMeasurement(writeContext(db()), input));
  api.register('measurements.delete', ({ id }) => {
    deleteMeasurement(writeContext(db()), id);
    return null;
  });
}

function notFound(register: RecordRegisterName, id: string): ClausebookError {
  return new ClausebookError(
    'NOT_FOUND',
    `There is no record with the id ${id} among the ${register}; it may have been deleted.`,
  );
}
