import type { Migration } from './migration';

/**
 * An index that lets the readiness checks and the dashboard judge every target against its latest
 * measurements without reading the target rows. Walked in id order, it makes the per-target seeks
 * into the measurement index (keyed by target id) arrive in key order, so consecutive seeks land on
 * the same pages: at 50,000 targets and a million measurements that is several times faster than
 * walking the targets by code or by row. Only what judging needs is in it: the measurement period,
 * the comparison and the threshold. Like 0005, safe to apply to a file that already has it.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'target judging index',
  up(db) {
    db.exec(`CREATE INDEX IF NOT EXISTS target_judging ON target (id, period, comparison, threshold);`);
  },
};
