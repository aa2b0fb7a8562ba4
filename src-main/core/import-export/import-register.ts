import type { ImportReport } from '../../api/schemas/import-export';
import type { WriteContext } from '../registers/write-context';
import { registerColumns } from './columns';
import { countActions, type PlannedRow } from './plan/import-plan';
import { rowProblem, type ImportProblem } from './plan/import-problem';
import { issueProblems, thrownIssues } from './plan/schema-issues';
import { RowWriteFailure } from './plan/write-records';
import { planImport, prepareImport, reportedProblems, type ImportSource } from './prepare-import';

/** Reports list this many changed rows at most; the counts are always complete. */
const MAX_REPORTED_CHANGES = 1000;

/**
 * Imports a file into a register, all or nothing: every row is read and checked first, and only
 * a file without a single problem is written, in one transaction that is rolled back if any
 * write fails. A dry run stops after the checks and reports what would change.
 */
export async function importRegister(
  context: WriteContext,
  source: ImportSource,
  options: { dryRun: boolean },
): Promise<ImportReport> {
  const { db } = context;
  const prepared = await prepareImport(source);
  const report = (outcome: { rows: readonly PlannedRow[]; problems: ImportProblem[]; applied: boolean }) => {
    const changes = outcome.rows.flatMap((row) =>
      row.action === 'unchanged' ? [] : [{ row: row.row, action: row.action, label: row.label }],
    );
    return {
      register: source.register,
      dryRun: options.dryRun,
      applied: outcome.applied,
      source: 'problem' in prepared ? null : prepared.table.source,
      rowCount: 'problem' in prepared ? 0 : prepared.table.rows.length,
      counts: countActions(outcome.rows),
      changes: changes.slice(0, MAX_REPORTED_CHANGES),
      ...reportedProblems(outcome.problems),
      notes: 'problem' in prepared ? [] : prepared.notes,
    };
  };
  if ('problem' in prepared) return report({ rows: [], problems: [prepared.problem], applied: false });
  if (prepared.problems.length > 0) return report({ rows: [], problems: prepared.problems, applied: false });

  if (options.dryRun) {
    // In a read transaction, the plan sees one consistent state of the workspace.
    const planned = db.transaction(() => planImport(db, source.register, prepared))();
    return report({ rows: planned.rows, problems: planned.problems, applied: false });
  }
  try {
    // Planned inside the write transaction, so nothing can change between the checks and the writes.
    const outcome = db
      .transaction(() => {
        const planned = planImport(db, source.register, prepared);
        if (planned.problems.length > 0) return { ...planned, applied: false };
        planned.write(context);
        return { ...planned, applied: true };
      })
      .immediate();
    return report(outcome);
  } catch (error) {
    if (!(error instanceof RowWriteFailure)) throw error;
    // Checked rows should always write; if one does not, nothing was kept, and the row is named.
    const issues = thrownIssues(error.reason);
    const columns = registerColumns[source.register];
    const problems = issues
      ? issueProblems(columns, prepared.table.headers, prepared.positions, error.row, issues)
      : [rowProblem(error.row, null, error.message)];
    return report({ rows: [], problems, applied: false });
  }
}
