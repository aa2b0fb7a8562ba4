import { z } from 'zod';
import { ClausebookError } from '../../../api/errors';

/**
 * The top-level clauses of ISO/IEC 20000-1:2018 a pack can hold, in the standard's order: 4
 * (context of the organization) to 10 (improvement). Clauses 1 to 3 hold no requirements.
 */
export const packClauseNumbers = ['4', '5', '6', '7', '8', '9', '10'] as const;
export type PackClauseNumber = (typeof packClauseNumbers)[number];

const clauseNumber = z.enum(packClauseNumbers, {
  // Only text and numbers are quoted back: turning any other value into text can fail, e.g. an
  // array nested thousands of levels deep overflows the stack.
  error: (issue) =>
    typeof issue.input === 'string' || typeof issue.input === 'number'
      ? `There is no clause "${String(issue.input).slice(0, 40)}" to include; choose clauses 4 to 10.`
      : 'Name each clause to include by its number, 4 to 10.',
});

/** What the consultant chooses when exporting a pack. */
export const packOptionsSchema = z.strictObject({
  /** The top-level clauses whose sections the pack holds; all of 4 to 10 when left out. */
  clauses: z
    .array(clauseNumber)
    .min(1, 'Choose at least one clause to include in the pack.')
    .default([...packClauseNumbers])
    // Kept in the standard's order whatever order they were ticked in; a clause named twice is one.
    .transform((chosen) => packClauseNumbers.filter((number) => chosen.includes(number))),
  /** The consultant's own notes are left out unless asked for: the pack goes to the auditor. */
  includeInternalNotes: z.boolean().default(false),
  /** Embed the evidence files themselves, or list them (with their SHA-256) in the manifest only. */
  embedEvidence: z.boolean().default(true),
});

export type PackOptionsInput = z.input<typeof packOptionsSchema>;
export type PackOptions = z.output<typeof packOptionsSchema>;

/** The options with their defaults filled in; one VALIDATION error naming the first problem. */
export function parsePackOptions(input: PackOptionsInput | undefined): PackOptions {
  const result = packOptionsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
  }));
  throw new ClausebookError('VALIDATION', issues[0]?.message ?? 'The pack options are not valid.', {
    issues,
  });
}
