import { z } from 'zod';
import { method } from './method-spec';
import { clauseLibrary, clauseLibraryId, clauseLibraryInfo } from './schemas/clause-library';

/**
 * The clause libraries shipped with the app: the standards' clauses with our requirement items.
 * They are part of the app, not of a workspace, so no workspace needs to be open.
 */
export const clauseMethods = {
  'clauses.libraries': method({
    access: 'renderer',
    effect: 'reads',
    summary: 'Id, version, locale, standard and title of every available clause library.',
    input: z.strictObject({}),
    output: z.array(clauseLibraryInfo),
  }),
  'clauses.library': method({
    access: 'renderer',
    effect: 'reads',
    summary:
      'One clause library with its whole tree of clauses and requirement items; by default ISO/IEC 20000-1:2018 in English.',
    input: z.strictObject({ id: clauseLibraryId.optional() }),
    output: clauseLibrary,
  }),
} as const;
