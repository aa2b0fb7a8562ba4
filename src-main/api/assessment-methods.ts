import { z } from 'zod';
import { method } from './method-spec';
import {
  assessment,
  assessmentList,
  assessmentListInput,
  assessmentProgress,
  assessmentSetInput,
  citeInput,
  itemCitation,
  nextUnassessed,
  nextUnassessedInput,
} from './schemas/assessment';
import { clauseLibraryId } from './schemas/clause-library';
import { itemRef, recordRef } from './schemas/evidence';
import { DEFAULT_CLAUSE_LIBRARY_ID } from './schemas/clause-library';

/**
 * The clause checklist: the assessment of each requirement item of a clause library, the guided
 * flow through it, and the register records an item cites as evidence. Items are named by library
 * id (ISO/IEC 20000-1:2018 in English when left out) and item id.
 */
export const assessmentMethods = {
  'assessments.get': method({
    access: 'renderer',
    summary:
      "One item's assessment with its evidence files, cited records, findings and weak-evidence flag; defaults for an item not assessed yet.",
    input: itemRef,
    output: assessment,
  }),
  'assessments.set': method({
    access: 'renderer',
    summary:
      'Set some fields of an item\'s assessment (those left out keep their value); one transaction with its change-log entry. There is no "not applicable": ISO/IEC 20000-1 admits no exclusions.',
    input: assessmentSetInput,
    output: assessment,
  }),
  'assessments.list': method({
    access: 'renderer',
    summary:
      'Every item of a library in document order with status, owner and support, filtered by status, owner, clause or "has no evidence"; and every owner named.',
    input: assessmentListInput,
    output: assessmentList,
  }),
  'assessments.progress': method({
    access: 'renderer',
    summary: 'Counts by status for every clause (each including its sub-clauses) and for the whole library.',
    input: z.strictObject({ libraryId: clauseLibraryId.default(DEFAULT_CLAUSE_LIBRARY_ID) }),
    output: assessmentProgress,
  }),
  'assessments.nextUnassessed': method({
    access: 'renderer',
    summary:
      'The first item not assessed yet after the given one in document order, starting again from the top past the last; null when all are assessed.',
    input: nextUnassessedInput,
    output: nextUnassessed,
  }),
  'assessments.cite': method({
    access: 'renderer',
    summary: 'Cite a register record (service, agreement, supplier, review…) as evidence for an item.',
    input: citeInput,
    output: assessment,
  }),
  'assessments.uncite': method({
    access: 'renderer',
    summary: "Remove a register record from an item's citations.",
    input: citeInput,
    output: assessment,
  }),
  'assessments.citing': method({
    access: 'renderer',
    summary:
      'The items whose assessment names a register record: citing it, or operated under it (an agreement).',
    input: recordRef,
    output: z.array(itemCitation),
  }),
} as const;
