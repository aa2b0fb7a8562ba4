import { changeAppender } from '../../change-log/change-appender';
import type { ChangeInput } from '../../change-log/change-log';
import type { WriteContext } from '../../registers/write-context';
import { orderedIds } from './ordered-ids';
import type { StoredMeasurement } from './plan-measurements';

/** The values of one checked measurement row. */
export interface MeasurementRowValues {
  targetId: string;
  periodStart: string;
  value: number;
  note: string;
}

/**
 * Writes checked measurements one row at a time, as they are read, with statements prepared once:
 * the single-record path prepares and re-reads per call. Each change gets the same change-log
 * entry the single-record path writes (before and after: id, target, period, value, note and
 * timestamps). Use inside the one transaction of the import, which holds it throughout.
 */
export class MeasurementWriter {
  readonly #insert;
  readonly #update;
  readonly #append: (change: ChangeInput) => void;
  readonly #stamp: string;
  readonly #newId: () => string;

  constructor(private readonly context: WriteContext) {
    const { db } = context;
    this.#stamp = context.now.toISOString();
    this.#newId = orderedIds(context.now);
    this.#insert = db.prepare(
      'INSERT INTO measurement (id, target_id, period_start, value, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.#update = db.prepare('UPDATE measurement SET value = ?, note = ?, updated_at = ? WHERE id = ?');
    this.#append = changeAppender(db);
  }

  write(values: MeasurementRowValues, before: StoredMeasurement | null): void {
    const stamp = this.#stamp;
    // Keys in the order the stored record is described elsewhere; the log sorts them anyway.
    const after: StoredMeasurement = before
      ? { ...before, value: values.value, note: values.note, updatedAt: stamp }
      : {
          id: this.#newId(),
          targetId: values.targetId,
          periodStart: values.periodStart,
          value: values.value,
          note: values.note,
          createdAt: stamp,
          updatedAt: stamp,
        };
    if (before) this.#update.run(after.value, after.note, stamp, after.id);
    else this.#insert.run(after.id, after.targetId, after.periodStart, after.value, after.note, stamp, stamp);
    this.#append({
      at: stamp,
      actor: this.context.actor,
      register: 'measurements',
      recordId: after.id,
      operation: before ? 'update' : 'create',
      before,
      after,
    });
  }
}
