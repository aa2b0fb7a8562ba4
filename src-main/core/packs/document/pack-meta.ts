import { z } from 'zod';
import { ClausebookError } from '../../../api/errors';
import { packSignerSchema } from './pack-signer';

/** What identifies one pack beyond the workspace data: its id, when it was made and who signs it. */
export const packMetaSchema = z.strictObject({
  packId: z.string().trim().min(1, 'The pack has no id.').max(100),
  /** An ISO 8601 time, e.g. 2026-11-22T14:05:00.000Z. */
  generatedAt: z.iso.datetime({
    offset: true,
    error: 'The generation time must be an ISO 8601 date and time.',
  }),
  signer: packSignerSchema,
});

export type PackMeta = z.output<typeof packMetaSchema>;
export type PackMetaInput = z.input<typeof packMetaSchema>;

/** The pack's id, time and signer checked; one VALIDATION error naming the first problem. */
export function parsePackMeta(input: PackMetaInput): PackMeta {
  const result = packMetaSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
  }));
  throw new ClausebookError('VALIDATION', issues[0]?.message ?? 'The pack details are not valid.', {
    issues,
  });
}
