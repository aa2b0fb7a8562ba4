import type { FindingValues } from '../../api/schemas/findings';

export interface FindingProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The rules a finding keeps whatever else is true: progress is recorded only on an action that
 * has been described, and a nonconformity is closed only once its corrective action has been
 * verified as effective and the evidence of that is attached. Observations and opportunities
 * need no corrective action to be closed.
 */
export function findingProblems(
  values: Pick<FindingValues, 'type' | 'status' | 'correctiveAction'>,
): FindingProblem[] {
  const problems: FindingProblem[] = [];
  const action = values.correctiveAction;
  if (action.status !== 'not_started' && action.description.trim() === '') {
    problems.push({
      path: ['correctiveAction', 'description'],
      message: 'Describe the corrective action before recording its progress.',
    });
  }
  const nonconformity = values.type === 'major_nc' || values.type === 'minor_nc';
  if (values.status === 'closed' && nonconformity) {
    if (action.status !== 'verified') {
      problems.push({
        path: ['status'],
        message:
          'A nonconformity is closed only once its corrective action is verified as effective; set the action to verified first.',
      });
    }
    if (action.closureEvidenceIds.length === 0) {
      problems.push({
        path: ['correctiveAction', 'closureEvidenceIds'],
        message: 'Attach the evidence that the corrective action worked before closing the nonconformity.',
      });
    }
  }
  return problems;
}
