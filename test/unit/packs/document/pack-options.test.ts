import { describe, expect, it } from 'vitest';
import { ClausebookError } from '../../../../src-main/api/errors';
import { packOptionsSchema, parsePackOptions } from '../../../../src-main/core/packs/document/pack-options';

describe('pack options', () => {
  it('include every clause, embed the evidence and leave internal notes out unless told', () => {
    expect(parsePackOptions(undefined)).toEqual({
      clauses: ['4', '5', '6', '7', '8', '9', '10'],
      includeInternalNotes: false,
      embedEvidence: true,
    });
  });

  it('keep the chosen clauses in the standard’s order, each once', () => {
    expect(parsePackOptions({ clauses: ['10', '8', '4', '8'] }).clauses).toEqual(['4', '8', '10']);
  });

  it('refuse a clause that is not 4 to 10, naming it, and an empty choice', () => {
    const attempt = (clauses: string[]) => () => parsePackOptions({ clauses: clauses as never });
    expect(attempt(['11'])).toThrow(ClausebookError);
    expect(attempt(['11'])).toThrow('There is no clause "11" to include; choose clauses 4 to 10.');
    expect(attempt(['8.3'])).toThrow('"8.3"');
    expect(attempt([])).toThrow('Choose at least one clause to include in the pack.');
  });

  it('refuse options they do not know', () => {
    expect(packOptionsSchema.safeParse({ includeGuidance: true }).success).toBe(false);
  });
});
