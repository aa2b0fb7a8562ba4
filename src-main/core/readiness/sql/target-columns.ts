import type { ReadinessRecord } from '../../../api/schemas/readiness';
import type { Comparison } from '../../../api/schemas/registers/target';
import type { MeasurementPeriod } from '../measurement-periods';
import { record } from './record-json';

/**
 * The joins and columns every target rule reads once it has found its targets (alias `t`): the
 * target, its agreement and the service it measures (if it names one), so a finding can name all
 * three.
 */
export const targetNameJoins = `JOIN agreement a ON a.id = t.agreement_id LEFT JOIN service s ON s.id = t.service_id`;

export const targetColumns = `t.id, t.code, t.name, t.comparison, t.threshold, t.unit, t.period,
  a.id AS agreement_id, a.code AS agreement_code, a.title AS agreement_title,
  s.id AS service_id, s.code AS service_code, s.name AS service_name`;

export interface TargetRow {
  id: string;
  code: string;
  name: string;
  comparison: Comparison | null;
  threshold: number | null;
  unit: string;
  period: MeasurementPeriod | null;
  agreement_id: string;
  agreement_code: string;
  agreement_title: string;
  service_id: string | null;
  service_code: string | null;
  service_name: string | null;
}

/** The target, then its agreement, then the service it measures. */
export function targetRecords(row: TargetRow): ReadinessRecord[] {
  const records = [
    record('targets', row),
    record('agreements', { id: row.agreement_id, code: row.agreement_code, name: row.agreement_title }),
  ];
  if (row.service_id !== null && row.service_code !== null && row.service_name !== null) {
    records.push(record('services', { id: row.service_id, code: row.service_code, name: row.service_name }));
  }
  return records;
}

/** "TGT-001 Hosting availability in AGR-001": how target findings name their target. */
export function targetSubject(row: TargetRow): string {
  return `${row.code} ${row.name} in ${row.agreement_code}`;
}
