import { clauseLibrary, type ClauseLibrary } from '../../../src-main/api/schemas/clause-library';

const guidance =
  'An auditor asks who does this, how often, and where the record of the last time is kept; a plan alone is not enough.';

const item = (id: string) => ({
  id,
  summary: `Requirement ${id} is met.`,
  guidance,
  typicalEvidence: ['A record of it'],
  relatedRegisters: [],
});

/**
 * A library small enough to count by hand: clause 1 has an item of its own and two sub-clauses
 * (one with a sub-clause of its own), clause 2 has two items.
 *
 *   1      1-01
 *   1.1    1.1-01 1.1-02
 *   1.2    (none of its own)
 *   1.2.1  1.2.1-01
 *   2      2-01 2-02
 */
export function smallLibrary(): ClauseLibrary {
  return clauseLibrary.parse({
    id: 'small-test',
    version: '1.0.0',
    locale: 'en',
    standard: { name: 'Test standard', edition: '2026' },
    title: 'A small library for tests',
    clauses: [
      {
        number: '1',
        title: 'First',
        items: [item('1-01')],
        clauses: [
          { number: '1.1', title: 'First of first', items: [item('1.1-01'), item('1.1-02')] },
          {
            number: '1.2',
            title: 'Second of first',
            clauses: [{ number: '1.2.1', title: 'Deepest', items: [item('1.2.1-01')] }],
          },
        ],
      },
      { number: '2', title: 'Second', items: [item('2-01'), item('2-02')] },
    ],
  });
}
