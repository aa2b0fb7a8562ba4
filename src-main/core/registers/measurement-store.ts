import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ClausebookError } from '../../api/errors';
import type { Measurement, MeasurementValues } from '../../api/schemas/registers/measurement';
import type { Comparison } from '../../api/schemas/registers/target';
import { appendChange } from '../change-log/change-log';
import { assertRecordsExist } from './references';
import type { WriteContext } from './write-context';

/** Whether a measured value meets its target; null when the target cannot be judged (no comparison or threshold). */
export function judge(
  comparison: Comparison | null,
  threshold: number | null,
  value: number,
): boolean | null {
  if (comparison === null || threshold === null) return null;
  switch (comparison) {
    case '>=':
      return value >= threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '<':
      return value < threshold;
    case '=':
      return Math.abs(value - threshold) < 1e-9;
  }
}

interface MeasurementRow {
  id: string;
  target_id: string;
  period_start: string;
  value: number;
  note: string;
  created_at: string;
  updated_at: string;
  comparison: Comparison | null;
  threshold: number | null;
}

const selectWithTarget = `SELECT m.*, t.comparison, t.threshold FROM measurement m JOIN target t ON t.id = m.target_id`;

function toMeasurement(row: MeasurementRow): Measurement {
  return {
    id: row.id,
    targetId: row.target_id,
    periodStart: row.period_start,
    value: row.value,
    note: row.note,
    met: judge(row.comparison, row.threshold, row.value),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function readMeasurement(db: Database.Database, id: string): Measurement | null {
  const row = db.prepare(`${selectWithTarget} WHERE m.id = ?`).get(id) as MeasurementRow | undefined;
  return row ? toMeasurement(row) : null;
}

/** A target's measurements, oldest period first. */
export function listMeasurements(db: Database.Database, targetId: string): Measurement[] {
  const rows = db
    .prepare(`${selectWithTarget} WHERE m.target_id = ? ORDER BY m.period_start`)
    .all(targetId) as MeasurementRow[];
  return rows.map(toMeasurement);
}

/** A measurement as stored: the verdict is derived from the target, so the log leaves it out. */
export function withoutVerdict(measurement: Measurement): Omit<Measurement, 'met'> {
  const { met: _met, ...rest } = measurement;
  return rest;
}

/** Records the value for a target and period, replacing an earlier value for the same period. */
export function recordMeasurement(context: WriteContext, values: MeasurementValues): Measurement {
  const { db } = context;
  return db
    .transaction(() => {
      assertRecordsExist(db, 'target', [values.targetId], () => ['targetId'], 'target');
      const stamp = context.now.toISOString();
      const existing = db
        .prepare('SELECT id FROM measurement WHERE target_id = ? AND period_start = ?')
        .pluck()
        .get(values.targetId, values.periodStart) as string | undefined;
      const before = existing ? readMeasurement(db, existing) : null;
      if (before && before.value === values.value && before.note === values.note) return before;
      const id = existing ?? randomUUID();
      if (existing) {
        db.prepare('UPDATE measurement SET value = ?, note = ?, updated_at = ? WHERE id = ?').run(
          values.value,
          values.note,
          stamp,
          id,
        );
      } else {
        db.prepare(
          'INSERT INTO measurement (id, target_id, period_start, value, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(id, values.targetId, values.periodStart, values.value, values.note, stamp, stamp);
      }
      const after = readMeasurement(db, id)!;
      appendChange(db, {
        at: stamp,
        actor: context.actor,
        register: 'measurements',
        recordId: id,
        operation: before ? 'update' : 'create',
        before: before ? withoutVerdict(before) : null,
        after: withoutVerdict(after),
      });
      return after;
    })
    .immediate();
}

export function deleteMeasurement(context: WriteContext, id: string): void {
  const { db } = context;
  db.transaction(() => {
    const before = readMeasurement(db, id);
    if (!before)
      throw new ClausebookError('NOT_FOUND', 'There is no such measurement; it may have been deleted.');
    db.prepare('DELETE FROM measurement WHERE id = ?').run(id);
    appendChange(db, {
      at: context.now.toISOString(),
      actor: context.actor,
      register: 'measurements',
      recordId: id,
      operation: 'delete',
      before: withoutVerdict(before),
      after: null,
    });
  }).immediate();
}
