import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, type ValidationIssue } from '../../../api/api-error';

/** The core's path of a problem, as a form field name: `values.components.2.name` → `components.2.name`. */
export function issueField(issue: ValidationIssue): string {
  const path = issue.path[0] === 'values' ? issue.path.slice(1) : issue.path;
  return path.join('.');
}

/**
 * Puts each of the core's objections next to its field (the first problem per field), focusing the
 * first. `fieldFor` maps a core path to the form's field name, or null when the form has no such
 * field; the messages of those are returned, for a notice above the form.
 */
export function applyServerIssues<T extends FieldValues>(
  issues: readonly ValidationIssue[],
  setError: UseFormSetError<T>,
  fieldFor: (path: string) => string | null,
  { focus = true }: { focus?: boolean } = {},
): string[] {
  const marked = new Set<string>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fieldFor(issueField(issue));
    if (field === null) {
      unplaced.push(issue.message);
      continue;
    }
    if (marked.has(field)) continue;
    marked.add(field);
    setError(
      field as Path<T>,
      { type: 'server', message: issue.message },
      { shouldFocus: focus && marked.size === 1 },
    );
  }
  return unplaced;
}

/** Field issues of a refused save: VALIDATION issues, and CONFLICT ones (a code already taken). */
export function issuesOf(error: unknown): ValidationIssue[] {
  if (!(error instanceof ApiError)) return [];
  if (error.code === 'VALIDATION') return error.issues;
  if (error.code === 'CONFLICT') {
    const issues = (error.details as { issues?: unknown } | undefined)?.issues;
    return Array.isArray(issues)
      ? issues.filter(
          (issue): issue is ValidationIssue =>
            typeof issue === 'object' && issue !== null && Array.isArray((issue as ValidationIssue).path),
        )
      : [];
  }
  return [];
}
