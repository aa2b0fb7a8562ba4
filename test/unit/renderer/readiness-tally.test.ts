import { describe, expect, it } from 'vitest';
import type { Clause, RequirementItem } from '../../../src-main/api/schemas/clause-library';
import type { ReadinessFinding, ReadinessSeverity } from '../../../src-main/api/schemas/readiness';
import {
  clauseTallyKey,
  itemTallyKey,
  readinessTallies,
  readinessWords,
} from '../../../src-renderer/features/checklist/readiness-tally';

const item = (id: string): RequirementItem => ({
  id,
  summary: `Requirement ${id}`,
  guidance: 'What an auditor looks for.',
  typicalEvidence: ['Minutes'],
  relatedRegisters: [],
});
const clause = (number: string, items: string[], clauses: Clause[] = []): Clause => ({
  number,
  title: `Clause ${number}`,
  items: items.map(item),
  clauses,
});

// 8 › 8.2 › 8.2.3, and 8 › 8.3 › 8.3.3 and 8.3.4 › 8.3.4.1; 9 has nothing the registers can show.
const library = {
  clauses: [
    clause(
      '8',
      [],
      [
        clause('8.2', [], [clause('8.2.3', ['8.2.3-01', '8.2.3-02'])]),
        clause(
          '8.3',
          [],
          [
            clause('8.3.3', ['8.3.3-01', '8.3.3-02']),
            clause('8.3.4', [], [clause('8.3.4.1', ['8.3.4.1-01'])]),
          ],
        ),
      ],
    ),
    clause('9', ['9.1-01']),
  ],
};

const finding = (itemId: string, severity: ReadinessSeverity, clauseNumber?: string): ReadinessFinding => ({
  ruleId: `rule-${itemId}`,
  clause: clauseNumber ?? itemId.split('-')[0]!,
  itemId,
  severity,
  title: 'A gap',
  message: 'Something is missing.',
  records: [],
});

describe('readiness tallies for the clause tree', () => {
  const tallies = readinessTallies(library, [
    finding('8.3.3-01', 'minor'),
    finding('8.3.3-01', 'observation'),
    finding('8.3.3-02', 'minor'),
    finding('8.3.4.1-01', 'major'),
    finding('8.2.3-02', 'observation'),
  ]);

  it('counts each item and each clause, a clause counting everything below it', () => {
    expect(tallies.get(itemTallyKey('8.3.3-01'))).toEqual({ count: 2, worst: 'minor' });
    expect(tallies.get(itemTallyKey('8.3.3-02'))).toEqual({ count: 1, worst: 'minor' });
    expect(tallies.get(clauseTallyKey('8.3.3'))).toEqual({ count: 3, worst: 'minor' });
    expect(tallies.get(clauseTallyKey('8.3.4.1'))).toEqual({ count: 1, worst: 'major' });
    expect(tallies.get(clauseTallyKey('8.3.4'))).toEqual({ count: 1, worst: 'major' });
    expect(tallies.get(clauseTallyKey('8.3'))).toEqual({ count: 4, worst: 'major' });
    expect(tallies.get(clauseTallyKey('8.2'))).toEqual({ count: 1, worst: 'observation' });
    expect(tallies.get(clauseTallyKey('8'))).toEqual({ count: 5, worst: 'major' });
  });

  it('leaves out clauses and items the registers show nothing against', () => {
    expect(tallies.has(clauseTallyKey('9'))).toBe(false);
    expect(tallies.has(itemTallyKey('9.1-01'))).toBe(false);
    expect(tallies.has(itemTallyKey('8.2.3-01'))).toBe(false);
  });

  it('still counts a finding whose item the library lacks, on its clause and those above', () => {
    const unknown = readinessTallies(library, [finding('8.3.3-99', 'minor', '8.3.3')]);
    expect(unknown.has(itemTallyKey('8.3.3-99'))).toBe(false);
    expect(unknown.get(clauseTallyKey('8.3.3'))).toEqual({ count: 1, worst: 'minor' });
    expect(unknown.get(clauseTallyKey('8'))).toEqual({ count: 1, worst: 'minor' });
  });

  it('is empty without findings', () => {
    expect(readinessTallies(library, []).size).toBe(0);
  });
});

describe('readiness badge words', () => {
  it('say how many and the worst', () => {
    expect(readinessWords({ count: 3, worst: 'major' })).toBe('3 readiness findings, worst: major');
    expect(readinessWords({ count: 1, worst: 'observation' })).toBe('1 readiness finding, observation');
  });
});
