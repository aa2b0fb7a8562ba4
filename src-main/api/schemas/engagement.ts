import { z } from 'zod';
import { hasNoNullCharacter, nullCharacterMessage } from './plain-text';

export const auditTypes = ['stage1', 'stage2', 'surveillance', 'recertification', 'internal'] as const;

export const auditTypeLabels: Record<(typeof auditTypes)[number], string> = {
  stage1: 'Initial certification, stage 1',
  stage2: 'Initial certification, stage 2',
  surveillance: 'Surveillance audit',
  recertification: 'Recertification audit',
  internal: 'Internal audit',
};

/** A calendar date as the user means it (no time zone): YYYY-MM-DD that exists in the calendar. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'This date does not exist in the calendar.');

const trimmed = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(hasNoNullCharacter, nullCharacterMessage(label.toLowerCase()));

export const engagementInput = z.strictObject({
  clientOrganisation: trimmed(200, 'Client organisation').min(1, 'Enter the client organisation.'),
  scopeStatement: trimmed(4000, 'Scope statement'),
  auditType: z.enum(auditTypes, { error: 'Choose one of the listed audit types.' }),
  plannedAuditDate: calendarDate.nullable(),
  consultantName: trimmed(200, 'Consultant name'),
});

export const engagement = engagementInput.extend({
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type AuditType = (typeof auditTypes)[number];
export type EngagementInput = z.infer<typeof engagementInput>;
export type Engagement = z.infer<typeof engagement>;
