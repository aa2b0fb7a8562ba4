import { z } from 'zod';
import { DEFAULT_CLAUSE_LIBRARY_ID } from './clause-library';
import { clauseLibraryId, clauseNumber, requirementItemId } from './clause-library';
import { calendarDate } from './engagement';
import { evidenceSummary, recordLabel, recordRef } from './evidence';
import { recordId } from './fields';
import { findingSummary } from './findings';
import { hasNoNullCharacter, nullCharacterMessage } from './plain-text';

/**
 * The assessment of each requirement item. There is deliberately no "not applicable": ISO/IEC
 * 20000-1 admits no exclusions (every requirement of clauses 4 to 10 applies), and a process run by
 * someone else is "operated by another party" with the agreement that controls that party (8.2.3).
 */
export const assessmentStatuses = [
  'not_assessed',
  'conforming',
  'partially_conforming',
  'nonconforming',
  'operated_by_other_party',
] as const;

export type AssessmentStatus = (typeof assessmentStatuses)[number];

export const NOT_APPLICABLE_REFUSAL =
  'ISO/IEC 20000-1 admits no exclusions: every requirement in clauses 4 to 10 applies, so "not applicable" is not a status. ' +
  'If a supplier, an internal supplier or a customer acting as a supplier runs this for the organisation, choose "operated by another party" and link the agreement that controls that party (8.2.3).';

/** "not applicable", "N/A", "not-applicable"…: what a user of other standards' checklists will try. */
function meansNotApplicable(input: unknown): boolean {
  if (typeof input !== 'string') return false;
  const word = input
    .trim()
    .toLowerCase()
    .replace(/[\s/_-]+/g, '');
  return word === 'notapplicable' || word === 'na';
}

export const assessmentStatus = z.enum(assessmentStatuses, {
  error: (issue) =>
    meansNotApplicable(issue.input)
      ? NOT_APPLICABLE_REFUSAL
      : 'Choose not assessed, conforming, partially conforming, nonconforming or operated by another party.',
});

const libraryId = clauseLibraryId.default(DEFAULT_CLAUSE_LIBRARY_ID);
const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `The ${label} must be at most ${max} characters.`)
    .refine(hasNoNullCharacter, nullCharacterMessage(label));

/** The fields to change; those left out keep their value. */
export const assessmentChanges = z
  .strictObject({
    status: assessmentStatus.optional(),
    /** The agreement that controls the other party; only with "operated by another party". */
    operatedByAgreementId: recordId.nullable().optional(),
    /** Notes the client may read, e.g. in the readiness report. */
    clientNotes: text('client-facing notes', 10000).optional(),
    /** The consultant's own notes, never shown to the client. */
    internalNotes: text('internal notes', 10000).optional(),
    interviewees: z
      .array(text('interviewee name', 200).min(1, 'An interviewee name is empty.'))
      .max(100, 'List at most 100 interviewees.')
      .optional(),
    owner: text('owner', 200).optional(),
    dueDate: calendarDate.nullable().optional(),
  })
  .superRefine((value, context) => {
    if (value.status === 'operated_by_other_party' && value.operatedByAgreementId === null) {
      context.addIssue({
        code: 'custom',
        path: ['operatedByAgreementId'],
        message: 'Link the agreement that controls the party operating this (8.2.3).',
      });
    }
    if (
      value.status !== undefined &&
      value.status !== 'operated_by_other_party' &&
      typeof value.operatedByAgreementId === 'string'
    ) {
      context.addIssue({
        code: 'custom',
        path: ['operatedByAgreementId'],
        message: 'An agreement is linked only when the item is operated by another party.',
      });
    }
  });

export const assessmentSetInput = z.strictObject({
  libraryId,
  itemId: requirementItemId,
  values: assessmentChanges,
});

export const citeInput = z.strictObject({ libraryId, itemId: requirementItemId, record: recordRef });

export const assessment = z.object({
  /** Null until the item is first worked on. */
  id: recordId.nullable(),
  libraryId: z.string(),
  itemId: z.string(),
  clauseNumber: z.string(),
  status: z.enum(assessmentStatuses),
  operatedByAgreementId: recordId.nullable(),
  operatedByAgreement: recordLabel.nullable(),
  clientNotes: z.string(),
  internalNotes: z.string(),
  interviewees: z.array(z.string()),
  owner: z.string(),
  dueDate: z.string().nullable(),
  updatedAt: z.string().nullable(),
  evidence: z.array(evidenceSummary),
  citedRecords: z.array(recordLabel),
  findings: z.array(findingSummary),
  /** Conforming, yet no evidence file and no register record supports it. */
  weakEvidence: z.boolean(),
});

export const assessmentListInput = z.strictObject({
  libraryId,
  statuses: z.array(z.enum(assessmentStatuses)).max(assessmentStatuses.length).optional(),
  /** Items owned by this person (the same name, ignoring case and surrounding spaces). */
  owner: z.string().trim().max(200).optional(),
  /** Only items supported by no evidence file and no register record. */
  withoutEvidence: z.boolean().default(false),
  /** Only items of this clause and its sub-clauses. */
  clause: clauseNumber.optional(),
});

export const assessmentRow = z.object({
  itemId: z.string(),
  clauseNumber: z.string(),
  status: z.enum(assessmentStatuses),
  owner: z.string(),
  dueDate: z.string().nullable(),
  evidenceCount: z.number().int(),
  citedRecordCount: z.number().int(),
  openFindingCount: z.number().int(),
  weakEvidence: z.boolean(),
  updatedAt: z.string().nullable(),
});

export const assessmentList = z.object({
  /** The items that pass the filters, in library order. */
  items: z.array(assessmentRow),
  /** Every owner named on any item, for the owner filter. */
  owners: z.array(z.string()),
});

export const statusCounts = z.object(
  Object.fromEntries(assessmentStatuses.map((status) => [status, z.number().int()])) as Record<
    AssessmentStatus,
    z.ZodNumber
  >,
);

export const progressEntry = z.object({
  total: z.number().int(),
  counts: statusCounts,
  weakEvidence: z.number().int(),
});

export const clauseProgress = progressEntry.extend({
  number: z.string(),
  title: z.string(),
  depth: z.number().int(),
  parent: z.string().nullable(),
});

export const assessmentProgress = z.object({
  libraryId: z.string(),
  /** Every clause, parents before their sub-clauses; a clause counts its own items and all below it. */
  clauses: z.array(clauseProgress),
  overall: progressEntry,
});

export const nextUnassessedInput = z.strictObject({
  libraryId,
  /** Start after this item; from the first item when null. */
  afterItemId: requirementItemId.nullable().default(null),
});

export const nextUnassessed = z
  .object({
    itemId: z.string(),
    clauseNumber: z.string(),
    /** True when the search went past the last item and began again at the first. */
    wrapped: z.boolean(),
  })
  .nullable();

export type AssessmentChanges = z.output<typeof assessmentChanges>;
export type Assessment = z.output<typeof assessment>;
export type AssessmentRow = z.output<typeof assessmentRow>;
export type AssessmentListFilters = z.output<typeof assessmentListInput>;
export type AssessmentList = z.output<typeof assessmentList>;
export type StatusCounts = z.output<typeof statusCounts>;
export type ProgressEntry = z.output<typeof progressEntry>;
export type ClauseProgress = z.output<typeof clauseProgress>;
export type AssessmentProgress = z.output<typeof assessmentProgress>;
export type NextUnassessed = z.output<typeof nextUnassessed>;

/** An item whose assessment names a record: citing it, or operated by another party under it. */
export const itemCitation = z.object({
  libraryId: z.string(),
  itemId: z.string(),
  relation: z.enum(['cited', 'controlling_agreement']),
});

export type ItemCitation = z.output<typeof itemCitation>;
