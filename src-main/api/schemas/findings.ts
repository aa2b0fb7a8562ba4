import { z } from 'zod';
import { findingProblems } from '../../core/findings/finding-rules';
import { calendarDate } from './engagement';
import { evidenceSummary, itemLink, itemRef, recordLabel, recordRef } from './evidence';
import { listOf, optionalDate, optionalText, recordCode, recordId, requiredText, timestamps } from './fields';

/**
 * Findings as a certification body grades them: a major nonconformity (a requirement not met at
 * all, or a breakdown that puts the SMS's outcome in doubt), a minor one (a lapse that does not),
 * an observation (a weakness that may become a nonconformity) and an opportunity for improvement.
 */
export const findingTypes = ['major_nc', 'minor_nc', 'observation', 'opportunity'] as const;
export const findingStatuses = ['open', 'closed'] as const;
/** Implemented is not yet verified: a nonconformity closes only once the action proved effective. */
export const correctiveActionStatuses = ['not_started', 'in_progress', 'implemented', 'verified'] as const;

export type FindingType = (typeof findingTypes)[number];
export type FindingStatus = (typeof findingStatuses)[number];
export type CorrectiveActionStatus = (typeof correctiveActionStatuses)[number];

export const findingType = z.enum(findingTypes, {
  error: 'Choose major nonconformity, minor nonconformity, observation or opportunity for improvement.',
});
export const findingStatus = z.enum(findingStatuses, { error: 'Choose open or closed.' });

export const correctiveActionInput = z.strictObject({
  description: optionalText('corrective action'),
  owner: optionalText('action owner', 200),
  dueDate: optionalDate,
  status: z
    .enum(correctiveActionStatuses, { error: 'Choose not started, in progress, implemented or verified.' })
    .default('not_started'),
  /** The evidence files that show the action was taken and worked. */
  closureEvidenceIds: listOf(recordId, 100),
});

export const findingInput = z
  .strictObject({
    code: recordCode.optional(),
    type: findingType,
    title: requiredText('finding title'),
    description: optionalText('description'),
    status: findingStatus.default('open'),
    raisedOn: calendarDate,
    items: listOf(itemRef),
    records: listOf(recordRef),
    correctiveAction: correctiveActionInput.default({
      description: '',
      owner: '',
      dueDate: null,
      status: 'not_started',
      closureEvidenceIds: [],
    }),
  })
  .superRefine((value, context) => {
    for (const problem of findingProblems(value)) context.addIssue({ code: 'custom', ...problem });
  });

export const findingUpdateInput = z.strictObject({ id: recordId, values: findingInput });

export const findingListInput = z.strictObject({
  types: z.array(findingType).max(findingTypes.length).optional(),
  status: findingStatus.optional(),
  item: itemRef.optional(),
  record: recordRef.optional(),
});

export const finding = z.object({
  id: recordId,
  code: recordCode,
  type: findingType,
  title: z.string(),
  description: z.string(),
  status: findingStatus,
  raisedOn: z.string(),
  items: z.array(itemLink),
  records: z.array(recordLabel),
  correctiveAction: z.object({
    description: z.string(),
    owner: z.string(),
    dueDate: z.string().nullable(),
    status: z.enum(correctiveActionStatuses),
    closureEvidence: z.array(evidenceSummary),
  }),
  ...timestamps,
});

const countsByType = z.object(
  Object.fromEntries(findingTypes.map((type) => [type, z.number().int()])) as Record<
    FindingType,
    z.ZodNumber
  >,
);

export const findingList = z.object({
  findings: z.array(finding),
  /** Open findings of each type in the whole workspace, whatever the filters. */
  openByType: countsByType,
});

/** A finding as an item or an evidence file shows it. */
export const findingSummary = finding.pick({ id: true, code: true, type: true, title: true, status: true });

export type FindingInput = z.input<typeof findingInput>;
export type FindingValues = z.output<typeof findingInput>;
export type Finding = z.output<typeof finding>;
export type FindingSummary = z.output<typeof findingSummary>;
export type FindingListFilters = z.output<typeof findingListInput>;
export type FindingList = z.output<typeof findingList>;
