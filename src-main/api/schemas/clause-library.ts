import { z } from 'zod';
import { registerNames } from '../../core/registers/register-names';

/**
 * The format of a clause library: one standard, in one language, as data. A library file under
 * assets/clause-libraries/ is read with these schemas, so a new standard or a translation is a
 * new file, not new code. Clause numbers and titles are facts of the standard; every other text
 * is our own wording.
 */

const text = (label: string, max: number) =>
  z
    .string({ error: `The ${label} must be text.` })
    .trim()
    .min(1, `The ${label} is empty.`)
    .max(max, `The ${label} must be at most ${max} characters.`);

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** A clause number: dot-separated parts, e.g. 8.3.4.1 (or A.5.1 for an annex). */
export const clauseNumber = z
  .string({ error: 'The clause number must be text, e.g. "8.3.4.1" (quote it in YAML).' })
  .regex(/^[0-9A-Z]+(?:\.[0-9A-Z]+)*$/, 'Write the clause number as dot-separated parts, e.g. 8.3.4.1.');

/** A requirement item's id: its clause number, a dash and a two- or three-digit serial, e.g. 8.3.4.1-03. */
export const requirementItemId = z
  .string({ error: 'The item id must be text.' })
  .regex(
    /^[0-9A-Z]+(?:\.[0-9A-Z]+)*-\d{2,3}$/,
    'Write the item id as the clause number, a dash and a two-digit serial, e.g. 8.3.4.1-03.',
  );

export const clauseLibraryId = z
  .string({ error: 'The library id must be text.' })
  .regex(
    /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/,
    'Write the library id in lower case letters and digits joined by dashes or dots, e.g. iso20000-1-2018.',
  );

export const requirementItem = z.strictObject({
  id: requirementItemId,
  /** One line: what must be true for the requirement to be met. */
  summary: text('summary', 200),
  /** What an auditor looks for and how they probe; the weaknesses they most often find. */
  guidance: text('guidance', 4000).min(
    80,
    'The guidance is too short: say what an auditor looks for (at least 80 characters).',
  ),
  typicalEvidence: z
    .array(text('evidence entry', 300), { error: 'List the typical evidence.' })
    .min(1, 'List at least one kind of typical evidence.'),
  /** The Clausebook registers whose records can serve as evidence for this item. */
  relatedRegisters: z
    .array(z.enum(registerNames), { error: 'List the related registers (or none: []).' })
    .refine(unique, 'A register is listed twice.'),
});

export interface ClauseInput {
  number: string;
  title: string;
  items?: z.input<typeof requirementItem>[] | undefined;
  clauses?: ClauseInput[] | undefined;
}

export interface Clause {
  number: string;
  title: string;
  items: RequirementItem[];
  clauses: Clause[];
}

/** A clause with its own requirement items and its sub-clauses, to any depth. */
export const clause: z.ZodType<Clause, ClauseInput> = z.strictObject({
  number: clauseNumber,
  title: text('clause title', 200),
  items: z.array(requirementItem, { error: 'The items must be a list.' }).default([]),
  clauses: z.lazy(() => z.array(clause, { error: 'The sub-clauses must be a list.' }).default([])),
});

export const standardReference = z.strictObject({
  /** The standard's designation, e.g. "ISO/IEC 20000-1". */
  name: text('standard name', 100),
  /** The edition, by its year, e.g. "2018". */
  edition: text('standard edition', 40),
});

export const clauseLibraryInfo = z.strictObject({
  id: clauseLibraryId,
  /** The version of the library's content (not of the standard), e.g. 1.0.0. */
  version: z
    .string({ error: 'The version must be text, e.g. "1.0.0".' })
    .regex(/^\d+\.\d+\.\d+$/, 'Write the version as major.minor.patch, e.g. 1.0.0.'),
  /** The language of the library's text, as a BCP 47 tag, e.g. en or de-CH. */
  locale: z
    .string({ error: 'The locale must be text, e.g. "en".' })
    .regex(
      /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/,
      'Write the locale as a language tag, e.g. en or de-CH.',
    ),
  standard: standardReference,
  title: text('library title', 200),
});

export const clauseLibrary = clauseLibraryInfo.extend({
  /** What a reader should know before using the library, e.g. that no requirement may be excluded. */
  notes: z.array(text('note', 2000), { error: 'The notes must be a list.' }).default([]),
  clauses: z.array(clause, { error: 'The clauses must be a list.' }).min(1, 'The library has no clauses.'),
});

export type RequirementItem = z.output<typeof requirementItem>;
export type StandardReference = z.output<typeof standardReference>;
export type ClauseLibraryInfo = z.output<typeof clauseLibraryInfo>;
export type ClauseLibrary = z.output<typeof clauseLibrary>;

/** The library used when none is named: ISO/IEC 20000-1:2018 in English. */
export const DEFAULT_CLAUSE_LIBRARY_ID = 'iso20000-1-2018';
