import { describe, expect, it } from 'vitest';
import { clauseLibrary, type Clause } from '../../../src-main/api/schemas/clause-library';
import {
  DEFAULT_CLAUSE_LIBRARY_ID,
  findClauseLibrary,
  loadClauseLibraries,
} from '../../../src-main/core/clauses/clause-catalogue';
import { walkClauses, walkItems } from '../../../src-main/core/clauses/clause-tree';
import { registerNames } from '../../../src-main/core/registers/register-names';
import { outlineClauses, shippedData, shippedFolder } from './fixtures';

const library = findClauseLibrary(DEFAULT_CLAUSE_LIBRARY_ID, shippedFolder);
const clauses = [...walkClauses(library.clauses)].map(({ clause }) => clause);
const items = [...walkItems(library.clauses)];

function clause(number: string): Clause {
  const found = clauses.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`No clause ${number}.`);
  return found;
}

const placeholder = /\b(?:todo|tbd|tba|fixme|xxx|lorem|ipsum|placeholder)\b|\?\?\?/i;

describe('the shipped ISO/IEC 20000-1:2018 library', () => {
  it('is found in the assets folder and passes the format, tree and outline checks', () => {
    const loaded = loadClauseLibraries(shippedFolder);
    expect(loaded.map(({ library: { id } }) => id)).toContain('iso20000-1-2018');
    expect(library).toMatchObject({
      id: 'iso20000-1-2018',
      locale: 'en',
      standard: { name: 'ISO/IEC 20000-1', edition: '2018' },
    });
    expect(library.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(clauseLibrary.safeParse(shippedData()).success).toBe(true);
  });

  it('lists exactly the outline clauses, with the same titles, in the same order', () => {
    const outline = outlineClauses();
    expect(outline).toHaveLength(77);
    const listed = clauses.map((entry): [string, string] => [entry.number, entry.title]);
    expect(new Set(listed.map(([number]) => number))).toEqual(new Set(outline.map(([number]) => number)));
    expect(listed).toEqual(outline);
  });

  it('has requirement items under every lowest-level clause, about 150 to 220 in all', () => {
    const leaves = clauses.filter((entry) => entry.clauses.length === 0);
    expect(leaves.filter((leaf) => leaf.items.length === 0).map((leaf) => leaf.number)).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(items.length).toBeLessThanOrEqual(230);
  });

  it('gives every item a unique, well-formed id prefixed by its clause number', () => {
    const ids = items.map(({ item }) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { item, clause: owner } of items) {
      expect(item.id).toMatch(new RegExp(`^${owner.number.replaceAll('.', '\\.')}-\\d{2}$`));
    }
  });

  it('relates items only to registers that exist, each at most once', () => {
    for (const { item } of items) {
      for (const register of item.relatedRegisters) expect(registerNames).toContain(register);
      expect(new Set(item.relatedRegisters).size, item.id).toBe(item.relatedRegisters.length);
    }
  });

  it('points to the registers that hold the evidence where an auditor would look', () => {
    const registersOf = (number: string) =>
      new Set(clause(number).items.flatMap((item) => item.relatedRegisters));
    expect(registersOf('8.2.4')).toContain('services');
    for (const register of ['agreements', 'targets', 'measurements'])
      expect(registersOf('8.3.3')).toContain(register);
    for (const register of ['suppliers', 'agreements', 'reviews'])
      expect(registersOf('8.3.4.1')).toContain(register);
    for (const register of ['suppliers', 'agreements']) expect(registersOf('8.3.4.2')).toContain(register);
    expect(registersOf('8.3.2')).toContain('customers');
  });

  it('has real text everywhere: no empty fields, no placeholders, one-line summaries, substantial guidance', () => {
    for (const { item } of items) {
      const texts = [item.summary, item.guidance, ...item.typicalEvidence];
      for (const text of texts) {
        expect(text.trim(), item.id).not.toBe('');
        expect(text, item.id).not.toMatch(placeholder);
      }
      expect(item.summary.length, item.id).toBeLessThanOrEqual(200);
      expect(item.summary, item.id).not.toContain('\n');
      expect(item.guidance.length, item.id).toBeGreaterThanOrEqual(80);
      expect(item.typicalEvidence.length, item.id).toBeGreaterThanOrEqual(1);
    }
    for (const note of library.notes) expect(note).not.toMatch(placeholder);
  });

  it('never repeats a summary or a guidance text', () => {
    for (const field of ['summary', 'guidance'] as const) {
      const texts = items.map(({ item }) => item[field]);
      expect(new Set(texts).size, field).toBe(texts.length);
    }
  });

  it('says that nothing may be excluded, in the notes and where scope and other parties are assessed', () => {
    expect(library.notes.join(' ')).toMatch(/no exclusions/i);
    for (const number of ['4.3', '4.4', '8.2.3']) {
      const guidance = clause(number)
        .items.map((item) => item.guidance)
        .join(' ');
      expect(guidance, number).toMatch(/no exclusions/i);
      expect(guidance, number).toMatch(/not applicable/i);
    }
  });
});
