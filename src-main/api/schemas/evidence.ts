import { z } from 'zod';
import { DEFAULT_CLAUSE_LIBRARY_ID } from './clause-library';
import { base64DecodedLength, evidenceSizeProblem } from '../../core/evidence/evidence-limits';
import { displayFileName } from '../../core/evidence/evidence-name';
import { clauseLibraryId, requirementItemId } from './clause-library';
import { calendarDate } from './engagement';
import { optionalDate, optionalText, recordCode, recordId } from './fields';
import { recordRegisters } from './registers/record-api';
import { filePath } from './workspace';
import { hasNoNullCharacter, nullCharacterMessage } from './plain-text';

/**
 * The evidence library, and the two things evidence (and findings, and an item's citations) can
 * point at: a requirement item of a clause library, and a register record.
 */

/** A requirement item, by the library it belongs to (ISO/IEC 20000-1:2018 in English when left out). */
export const itemRef = z.strictObject({
  libraryId: clauseLibraryId.default(DEFAULT_CLAUSE_LIBRARY_ID),
  itemId: requirementItemId,
});

export const citableRegister = z.enum(recordRegisters, {
  error: `Choose one of the registers: ${recordRegisters.join(', ')}.`,
});

/** A register record: a service, customer, supplier, agreement, target or review. */
export const recordRef = z.strictObject({ register: citableRegister, id: recordId });

/** What an evidence file is linked to: an item it supports, or a register record it documents. */
export const linkTarget = z.discriminatedUnion(
  'kind',
  [itemRef.extend({ kind: z.literal('item') }), recordRef.extend({ kind: z.literal('record') })],
  {
    error:
      'Link to an item (kind "item", with itemId) or a register record (kind "record", with register and id).',
  },
);

const description = optionalText('description');
const links = z.array(linkTarget).max(200, 'Link at most 200 items and records at once.').default([]);

/**
 * A file's name as the user's system gave it. It is only ever shown, never used as a path; the
 * store turns path-like or unprintable names into a plain name (see evidence-name.ts).
 */
const givenFileName = z
  .string({ error: 'Give the file name.' })
  .min(1, 'Give the file name.')
  .max(4096, 'The file name is longer than 4096 characters.');

export const evidenceAddInput = z
  .strictObject({
    fileName: givenFileName,
    /** The type the browser or the system reported; the store trusts the content first. */
    mediaType: z.string().max(255, 'The media type is longer than 255 characters.').default(''),
    content: z.base64({ error: 'The file content must be base64.' }),
    description,
    effectiveDate: optionalDate,
    links,
  })
  .superRefine((value, context) => {
    // Checked here, naming the file, before the content goes any further; the store checks again.
    const name = displayFileName(value.fileName).name;
    const problem = evidenceSizeProblem(name, base64DecodedLength(value.content));
    if (problem) context.addIssue({ code: 'custom', path: ['content'], message: problem });
  });

export const evidenceAddFileInput = z.strictObject({
  path: filePath,
  description,
  effectiveDate: optionalDate,
  links,
});

/** What can be changed after a file was added; its content never changes (add a new file instead). */
export const evidenceChanges = z.strictObject({
  fileName: givenFileName.optional(),
  description: z
    .string()
    .trim()
    .max(4000, 'The description must be at most 4000 characters.')
    .refine(hasNoNullCharacter, nullCharacterMessage('description'))
    .optional(),
  effectiveDate: calendarDate.nullable().optional(),
});

export const evidenceUpdateInput = z.strictObject({ id: recordId, values: evidenceChanges });

export const evidenceLinkInput = z.strictObject({ id: recordId, target: linkTarget });

export const evidenceListInput = z.strictObject({
  /** Words in the file name, description or code. */
  search: z.string().trim().max(200).default(''),
  item: itemRef.optional(),
  record: recordRef.optional(),
  /** Only files linked to no item and no record. */
  unlinked: z.boolean().default(false),
});

export const itemLink = z.object({ libraryId: z.string(), itemId: z.string() });

/** A register record with the code and name to show for it. */
export const recordLabel = z.object({
  register: citableRegister,
  id: recordId,
  code: z.string(),
  name: z.string(),
});

export const previewKinds = ['image', 'pdf', 'text'] as const;

export const evidenceSummary = z.object({
  id: recordId,
  code: recordCode,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  effectiveDate: z.string().nullable(),
});

export const evidence = evidenceSummary.extend({
  sha256: z.string(),
  description: z.string(),
  /** How the file may be previewed, decided from its content; null when it cannot be. */
  preview: z.enum(previewKinds).nullable(),
  items: z.array(itemLink),
  records: z.array(recordLabel),
  addedAt: z.string(),
  updatedAt: z.string(),
});

export const evidenceAdded = z.object({
  evidence,
  /** Whether the name was changed to make it a plain file name (see evidence-name.ts). */
  nameAdjusted: z.boolean(),
  /** Files already in the library with exactly the same content (stored once, shared). */
  sameContentAs: z.array(evidenceSummary),
});

export const evidenceContent = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  content: z.string(),
});

export const evidenceDeleted = z.object({
  deleted: recordId,
  /** True when no other evidence file shared the content, so the content itself was removed. */
  contentRemoved: z.boolean(),
});

export type ItemRef = z.output<typeof itemRef>;
export type RecordRef = z.output<typeof recordRef>;
export type LinkTarget = z.output<typeof linkTarget>;
export type RecordLabel = z.output<typeof recordLabel>;
export type PreviewKind = (typeof previewKinds)[number];
export type EvidenceSummary = z.output<typeof evidenceSummary>;
export type Evidence = z.output<typeof evidence>;
export type EvidenceAdded = z.output<typeof evidenceAdded>;
export type EvidenceChanges = z.output<typeof evidenceChanges>;
export type EvidenceListFilters = z.output<typeof evidenceListInput>;
