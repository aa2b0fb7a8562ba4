import type { ImportReport } from '../../api/schemas/import-export';
import type { WriteContext } from '../registers/write-context';
import { registerColumns } from './columns';
import type { PlanSummary } from './plan/import-plan';
import { rowProblem, type ImportProblem } from './plan/import-problem';
import { issueProblems, thrownIssues } from './plan/schema-issues';
import { RowWriteFailure } from './plan/write-records';
import { inImportTransaction } from './import-transaction';
import { planImport, prepareImport, reportedProblems, type ImportSource } from './prepare-import';

/** Thrown inside the import's transaction to undo rows written before a problem was found. */
class ImportRefused extends Error {
  override readonly name = 'ImportRefused';
  constructor(readonly plan: PlanSummary) {
    super('The import has problems; nothing is written.');
  }
}

/**
 * Imports a file into a register, all or nothing: every row is read and checked, and only a file
 * without a single problem is kept, in one transaction that is rolled back if any row has a
 * problem or any write fails. A dry run stops after the checks and reports what would change.
 */
export async function importRegister(
  context: WriteContext,
  source: ImportSource,
  options: { dryRun: boolean },
): Promise<ImportReport> {
  const { db } = context;
  const prepared = await prepareImport(source);
  const report = (outcome: { plan: PlanSummary | null; problems: ImportProblem[]; applied: boolean }) => ({
    register: source.register,
    dryRun: options.dryRun,
    applied: outcome.applied,
    source: 'problem' in prepared ? null : prepared.table.source,
    rowCount: 'problem' in prepared ? 0 : prepared.table.rowCount,
    counts: outcome.plan?.counts ?? { create: 0, update: 0, unchanged: 0 },
    changes: outcome.plan?.changes ?? [],
    ...reportedProblems(outcome.problems),
    notes: 'problem' in prepared ? [] : prepared.notes,
  });
  if ('problem' in prepared) return report({ plan: null, problems: [prepared.problem], applied: false });
  if (prepared.problems.length > 0)
    return report({ plan: null, problems: prepared.problems, applied: false });

  if (options.dryRun) {
    // In a read transaction, the plan sees one consistent state of the workspace.
    const planned = await inImportTransaction(db, 'read', () =>
      planImport(db, source.register, prepared, null),
    );
    return report({ plan: planned, problems: planned.problems, applied: false });
  }
  try {
    // Checked and written in one write transaction, so nothing can change between the checks and
    // the writes; rows are written as they are checked, and a problem anywhere undoes them all.
    // The transaction stays open while the import pauses for the event loop between slices.
    const planned = await inImportTransaction(db, 'write', async () => {
      const outcome = await planImport(db, source.register, prepared, context);
      if (outcome.problems.length > 0) throw new ImportRefused(outcome);
      return outcome;
    });
    return report({ plan: planned, problems: [], applied: true });
  } catch (error) {
    if (error instanceof ImportRefused) {
      return report({ plan: error.plan, problems: error.plan.problems, applied: false });
    }
    if (!(error instanceof RowWriteFailure)) throw error;
    // Checked rows should always write; if one does not, nothing was kept, and the row is named.
    const issues = thrownIssues(error.reason);
    const columns = registerColumns[source.register];
    const problems = issues
      ? issueProblems(columns, prepared.table.headers, prepared.positions, error.row, issues)
      : [rowProblem(error.row, null, error.message)];
    return report({ plan: null, problems, applied: false });
  }
}
