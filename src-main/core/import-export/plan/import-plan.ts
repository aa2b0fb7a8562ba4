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

/** Reports list this many changed rows at most; the counts are always complete. */
export const MAX_REPORTED_CHANGES = 1000;
/** The preview shows this many rows at most, each with what importing it would do. */
export const MAX_PREVIEW_ROWS = 200;

/** A row that creates or updates a record, as reports list it. */
export interface PlannedChange {
  row: number;
  action: Exclude<RowAction, 'unchanged'>;
  label: string;
}

/**
 * What a plan will do, without keeping every planned row: the counts, the first changes for the
 * report and the first rows' actions for the preview. A million-row file is summed up as it is
 * read.
 */
export interface PlanSummary {
  register: RegisterName;
  counts: Record<RowAction, number>;
  changes: PlannedChange[];
  firstActions: Map<number, RowAction>;
  problems: ImportProblem[];
}

export class PlanTally {
  readonly counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0 };
  readonly changes: PlannedChange[] = [];
  readonly firstActions = new Map<number, RowAction>();

  /** Counts one planned row; its label is made only when the report lists it. */
  add(row: number, action: RowAction, label: () => string): void {
    this.counts[action] += 1;
    if (this.firstActions.size < MAX_PREVIEW_ROWS) this.firstActions.set(row, action);
    if (action !== 'unchanged' && this.changes.length < MAX_REPORTED_CHANGES) {
      this.changes.push({ row, action, label: label() });
    }
  }

  summary(register: RegisterName, problems: ImportProblem[]): PlanSummary {
    return {
      register,
      counts: this.counts,
      changes: this.changes,
      firstActions: this.firstActions,
      problems,
    };
  }
}
