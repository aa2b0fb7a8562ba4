import type { RegisterName } from '../../registers/register-names';
import type { ImportProblem } from './import-problem';

export type RowAction = 'create' | 'update' | 'unchanged';

/** What importing one row will do, with the values it will write (validated by the register's schema). */
export interface PlannedRow {
  row: number;
  action: RowAction;
  /** The record the row updates (or leaves unchanged); null for a new record. */
  id: string | null;
  /**
   * For a new record: the id that stands for it in other rows' references until it is written
   * and has its real id (a service that depends on a service further down the file).
   */
  placeholder: string | null;
  /** How reports name the row: "SVC-012 Web hosting", "TGT-003 2026-01-01". */
  label: string;
  values: Record<string, unknown>;
}

export interface ImportPlan {
  register: RegisterName;
  rows: PlannedRow[];
  problems: ImportProblem[];
}

/** A plan's changes, counted. */
export function countActions(rows: readonly PlannedRow[]): Record<RowAction, number> {
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const row of rows) counts[row.action] += 1;
  return counts;
}
