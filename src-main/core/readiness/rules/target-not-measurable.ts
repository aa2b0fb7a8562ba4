import { defineRule } from '../readiness-rule';
import { listed } from '../phrases';
import {
  targetColumns,
  targetFrom,
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
        `SELECT ${targetColumns} FROM ${targetFrom}
         WHERE a.status = 'agreed'
           AND (t.comparison IS NULL OR t.threshold IS NULL OR trim(t.unit) = '' OR t.period IS NULL)
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
