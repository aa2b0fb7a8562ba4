import { defineRule } from '../readiness-rule';
import { listed } from '../phrases';
import {
  targetColumns,
  targetNameJoins,
  targetRecords,
  targetSubject,
  type TargetRow,
} from '../sql/target-columns';

/**
 * 8.3.3: a target is only a target when performance can be measured against it: a comparison and
 * a threshold to judge by, a unit to read the value in, a period to report it for. Targets of
 * agreements still in draft are work in progress and left alone.
 */
export const targetNotMeasurable = defineRule(
  {
    id: 'target-not-measurable',
    clause: '8.3.3',
    itemId: '8.3.3-03',
    severity: 'minor',
    title: 'Service level target cannot be measured',
    description:
      'A target of an agreed agreement without a comparison, threshold, unit or measurement period.',
  },
  (db) => {
    const rows = db
      .prepare(
        // The few incomplete targets are found in one pass over the target rows in file order, and
        // only they are joined to their agreement: walking all targets by code would read each
        // target row and its agreement out of order.
        `WITH incomplete AS MATERIALIZED (
           SELECT t.rowid AS target_rowid FROM target t
           WHERE t.comparison IS NULL OR t.threshold IS NULL OR trim(t.unit) = '' OR t.period IS NULL)
         SELECT ${targetColumns}
         FROM incomplete i CROSS JOIN target t ON t.rowid = i.target_rowid ${targetNameJoins}
         WHERE a.status = 'agreed'
         ORDER BY t.code`,
      )
      .all() as TargetRow[];
    return rows.map((row) => {
      const missing = [
        ...(row.comparison === null ? ['comparison'] : []),
        ...(row.threshold === null ? ['threshold'] : []),
        ...(row.unit.trim() === '' ? ['unit'] : []),
        ...(row.period === null ? ['measurement period'] : []),
      ];
      const consequence =
        row.comparison === null || row.threshold === null
          ? 'so no result can be judged met or breached'
          : 'so its results cannot be reported consistently';
      return {
        message: `${targetSubject(row)} has no ${listed(missing, 'or')}, ${consequence}.`,
        records: targetRecords(row),
      };
    });
  },
);
