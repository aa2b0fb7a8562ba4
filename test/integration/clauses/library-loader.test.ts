import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClausebookError } from '../../../src-main/api/errors';
import {
  findClauseLibrary,
  listClauseLibraries,
  loadClauseLibraries,
} from '../../../src-main/core/clauses/clause-catalogue';
import { useTempDir } from '../../helpers/temp-dir';
import { copyShippedLibrary, rawClause, shippedData, writeJson, writeYaml } from './fixtures';

/** The error a load of the folder fails with (the test fails if the load succeeds). */
function loadError(folder: string): ClausebookError {
  try {
    loadClauseLibraries(folder);
  } catch (error) {
    if (error instanceof ClausebookError) return error;
    throw error;
  }
  throw new Error(`Loading ${folder} succeeded.`);
}

/** The shipped library with one change applied, written to a fresh folder. */
function alteredLibrary(folder: string, alter: (data: Record<string, unknown>) => void): string {
  const data = shippedData();
  alter(data);
  writeYaml(folder, 'altered.yaml', data);
  return folder;
}

const tinyGerman = {
  id: 'beispielnorm-2024-de',
  version: '0.1.0',
  locale: 'de',
  standard: { name: 'Beispielnorm', edition: '2024' },
  title: 'Beispielnorm 2024, Anforderungen',
  clauses: [
    {
      number: '1',
      title: 'Führung',
      items: [
        {
          id: '1-01',
          summary: 'Die Leitung trägt die Verantwortung für das Managementsystem.',
          guidance:
            'Die Auditoren fragen die Leitung, wie sie die Leistung des Systems kennt und welche Entscheidungen sie zuletzt getroffen hat.',
          typicalEvidence: ['Protokolle der Managementbewertung'],
          relatedRegisters: [],
        },
      ],
    },
  ],
};

describe('loading clause libraries', () => {
  const tempDir = useTempDir();
  /** A new folder for each library set: loads are cached by folder. */
  const newFolder = () => mkdtempSync(path.join(tempDir(), 'libraries-'));

  it('discovers another library file beside the shipped one, without code changes', () => {
    const folder = newFolder();
    copyShippedLibrary(folder);
    // A German edition of the same standard: numbers are checked against the outline, titles are its own.
    const german = shippedData();
    Object.assign(german, {
      id: 'iso20000-1-2018-de',
      locale: 'de',
      title: 'ISO/IEC 20000-1:2018, Anforderungen an das Servicemanagementsystem',
    });
    rawClause(german, '4').title = 'Kontext der Organisation';
    writeJson(folder, 'iso20000-1-2018.de.json', german);
    writeYaml(folder, 'beispielnorm.yml', tinyGerman);
    writeFileSync(path.join(folder, 'README.md'), 'Not a library.');

    expect(listClauseLibraries(folder).map(({ id, locale }) => [id, locale])).toEqual([
      ['beispielnorm-2024-de', 'de'],
      ['iso20000-1-2018', 'en'],
      ['iso20000-1-2018-de', 'de'],
    ]);
    expect(findClauseLibrary('iso20000-1-2018-de', folder).clauses[0]?.title).toBe(
      'Kontext der Organisation',
    );
    expect(findClauseLibrary('beispielnorm-2024-de', folder).clauses[0]?.items[0]?.id).toBe('1-01');
    expect(findClauseLibrary(undefined, folder).id).toBe('iso20000-1-2018');
  });

  it('reads a folder once and then serves the libraries from memory', () => {
    const folder = newFolder();
    const file = copyShippedLibrary(folder);
    const first = loadClauseLibraries(folder);
    rmSync(file);
    expect(loadClauseLibraries(folder)).toBe(first);
  });

  it('names the file and the field of a value that breaks the format', () => {
    const folder = alteredLibrary(newFolder(), (data) => {
      const items = rawClause(data, '8.3.3').items ?? [];
      if (items[1]) items[1].guidance = 'Too short.';
    });
    const error = loadError(folder);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe(
      'The clause library altered.yaml is not valid at clauses[4].clauses[2].clauses[2].items[1].guidance ' +
        '(clause 8.3.3, item 8.3.3-02): The guidance is too short: say what an auditor looks for (at least 80 characters).',
    );
    expect(error.details).toMatchObject({ file: path.join(folder, 'altered.yaml') });
  });

  it('refuses a register the app does not have, a missing field and an unknown one', () => {
    const cases: [(data: Record<string, unknown>) => void, RegExp][] = [
      [
        (data) => {
          const [item] = rawClause(data, '8.2.4').items ?? [];
          if (item) item.relatedRegisters = ['services', 'invoices'];
        },
        /at clauses\[4\]\.clauses\[1\]\.clauses\[3\]\.items\[0\]\.relatedRegisters\[1\] \(clause 8\.2\.4, item 8\.2\.4-01\)/,
      ],
      [
        (data) => {
          const [item] = rawClause(data, '9.2').items ?? [];
          if (item) delete item.typicalEvidence;
        },
        /at clauses\[5\]\.clauses\[1\]\.items\[0\]\.typicalEvidence \(clause 9\.2, item 9\.2-01\): List the typical evidence\./,
      ],
      [(data) => (data.owner = 'someone'), /is not valid: Unrecognized key: "owner"/],
      [(data) => (data.version = 'one'), /at version: Write the version as major\.minor\.patch/],
    ];
    for (const [alter, message] of cases) {
      expect(loadError(alteredLibrary(newFolder(), alter)).message).toMatch(message);
    }
  });

  it('reports a file that is not YAML or not JSON, naming it', () => {
    const yamlFolder = newFolder();
    writeFileSync(path.join(yamlFolder, 'broken.yaml'), 'id: x\nclauses: [\n');
    expect(loadError(yamlFolder).message).toMatch(
      /^The clause library broken\.yaml is not valid: it is not valid YAML/,
    );

    const jsonFolder = newFolder();
    writeFileSync(path.join(jsonFolder, 'broken.json'), '{"id": ');
    expect(loadError(jsonFolder).message).toMatch(
      /^The clause library broken\.json is not valid: it is not valid JSON/,
    );
  });

  it('checks the tree: unique numbers, sub-clauses numbered under their parent, item ids prefixed by their clause', () => {
    const cases: [(data: Record<string, unknown>) => void, string][] = [
      [
        (data) => {
          const items = rawClause(data, '7.6').items ?? [];
          if (items[1]) items[1].id = '7.6-01';
        },
        'item id 7.6-01 appears twice (also at clauses[3].clauses[5].items[0])',
      ],
      [
        (data) => {
          const [item] = rawClause(data, '7.4').items ?? [];
          if (item) item.id = '7.5-01';
        },
        'item 7.5-01 belongs to clause 7.4, so its id must start with "7.4-"',
      ],
      [
        (data) => (rawClause(data, '8.7.2').number = '8.6.9'),
        'clause 8.6.9 is listed under 8.7 but is not numbered as one of its sub-clauses',
      ],
      [
        (data) => (rawClause(data, '5.3').number = '5.1'),
        'clause 5.1 appears twice (also at clauses[1].clauses[0])',
      ],
      [
        (data) => {
          const parent = rawClause(data, '6');
          parent.clauses = [...(parent.clauses ?? [])].reverse();
        },
        'clause 6.2 comes after 6.3; list sub-clauses in ascending order',
      ],
    ];
    for (const [alter, message] of cases) {
      const error = loadError(alteredLibrary(newFolder(), alter));
      const { problems } = error.details as { problems: { message: string }[] };
      expect(problems.map((problem) => problem.message).join('\n')).toContain(message);
    }
  });

  it('holds a library of ISO/IEC 20000-1:2018 to the outline: every clause, and in English its titles', () => {
    const missing = loadError(
      alteredLibrary(newFolder(), (data) => {
        const parent = rawClause(data, '8.3.4');
        parent.clauses = parent.clauses?.slice(0, 1);
      }),
    );
    expect(missing.message).toMatch(
      /^The clause library altered\.yaml is not valid at clauses: clause 8\.3\.4\.2 \(Management of internal suppliers and customers acting as a supplier\) of ISO\/IEC 20000-1:2018 is missing\.$/,
    );

    const retitled = loadError(
      alteredLibrary(newFolder(), (data) => (rawClause(data, '8.6.3').title = 'Problem handling')),
    );
    expect(retitled.message).toContain(
      'clause 8.6.3 is titled "Problem management" in ISO/IEC 20000-1:2018, not "Problem handling".',
    );
  });

  it('refuses two libraries with the same id and an empty folder', () => {
    const folder = newFolder();
    copyShippedLibrary(folder);
    writeJson(folder, 'copy.json', shippedData());
    expect(loadError(folder).message).toMatch(/the id iso20000-1-2018 is already used by /);

    const empty = newFolder();
    expect(loadError(empty).message).toBe(`There is no clause library in ${empty}.`);
  });

  it('says which libraries exist when asked for one that does not', () => {
    const folder = newFolder();
    copyShippedLibrary(folder);
    expect(() => findClauseLibrary('iso27001-2022', folder)).toThrow(
      'There is no clause library "iso27001-2022". Available: iso20000-1-2018.',
    );
  });
});
