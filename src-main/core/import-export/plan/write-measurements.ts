import { randomUUID } from 'node:crypto';
import { appendChange } from '../../change-log/change-log';
import type { WriteContext } from '../../registers/write-context';
import type { PlannedRow } from './import-plan';
import { measurementKey, type StoredMeasurement } from './plan-measurements';

/**
 * Writes planned measurements with statements prepared once, which is what keeps a 100,000-row
 * import to seconds; the single-record path prepares and re-reads per call. Each change gets the
 * same change-log entry the single-record path writes (before and after: id, target, period,
 * value, note and timestamps). Call inside one transaction.
 */
export function writeMeasurementRows(
  context: WriteContext,
  planned: readonly PlannedRow[],
  existing: ReadonlyMap<string, StoredMeasurement>,
): void {
  const { db } = context;
  const stamp = context.now.toISOString();
  const insert = db.prepare(
    'INSERT INTO measurement (id, target_id, period_start, value, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare('UPDATE measurement SET value = ?, note = ?, updated_at = ? WHERE id = ?');
  for (const row of planned) {
    if (row.action === 'unchanged') continue;
    const values = row.values as { targetId: string; periodStart: string; value: number; note: string };
    const before = existing.get(measurementKey(values.targetId, values.periodStart)) ?? null;
    const after: StoredMeasurement = before
      ? { ...before, value: values.value, note: values.note, updatedAt: stamp }
      : { id: randomUUID(), ...values, createdAt: stamp, updatedAt: stamp };
    if (before) update.run(after.value, after.note, stamp, after.id);
    else insert.run(after.id, after.targetId, after.periodStart, after.value, after.note, stamp, stamp);
    appendChange(db, {
      at: stamp,
      actor: context.actor,
      register: 'measurements',
      recordId: after.id,
      operation: before ? 'update' : 'create',
      before,
      after,
    });
  }
}
