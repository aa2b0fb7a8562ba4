import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClauseLibrary } from '../../../../src-main/core/clauses/clause-catalogue';
import { walkClauses } from '../../../../src-main/core/clauses/clause-tree';
import { sha256Of } from '../../../../src-main/core/evidence/blob-store';
import { MANIFEST_ATTACHMENT_NAME, packManifestSchema } from '../../../../src-main/core/packs/pack-manifest';
import { createSampleWorkspace } from '../../../../src-main/core/sample/create-sample-workspace';
import type { OpenedWorkspace } from '../../../../src-main/core/workspace/open-workspace';
import {
  addChecklist,
  attachmentsListed,
  CLIENT_NOTE,
  expectAbsent,
  INTERNAL_NOTE,
  LIBRARY,
  NOW,
  occurrences,
  pdfInfo,
  pdfText,
  qpdfCheck,
  savedAttachment,
  testFiles,
  writePack,
  type AddedChecklist,
  type WrittenPack,
} from './pack-fixtures';

const library = findClauseLibrary(LIBRARY);
/** "8.3.4.1 Management of external suppliers": a heading as pdftotext reads it back. */
const headingsOf = (topLevel: string) =>
  [...walkClauses(library.clauses)]
    .filter(({ clause }) => clause.number === topLevel || clause.number.startsWith(`${topLevel}.`))
    .map(({ clause }) => `${clause.number} ${clause.title}`);

describe('the evidence pack of the sample workspace', () => {
  let dir: string;
  let opened: OpenedWorkspace;
  let added: AddedChecklist;
  let full: WrittenPack;
  let fullText: string;
  let partial: WrittenPack;
  let partialText: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-pack-'));
    opened = await createSampleWorkspace(path.join(dir, 'sample.clausebook'), NOW);
    added = addChecklist(opened.workspace.db);
    full = await writePack(opened.workspace.db, path.join(dir, 'full.pdf'));
    fullText = pdfText(full.file);
    partial = await writePack(
      opened.workspace.db,
      path.join(dir, 'partial.pdf'),
      { clauses: ['8', '4'], includeInternalNotes: true, embedEvidence: false },
      'PK-TEST-0002',
    );
    partialText = pdfText(partial.file);
  });

  afterAll(() => {
    opened?.workspace.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is a sound PDF with its title, in the classic form the signer appends to', () => {
    const check = qpdfCheck(full.file);
    expect(check.output).toContain('No syntax or stream encoding errors found');
    expect(check.status).toBe(0);
    const info = pdfInfo(full.file);
    expect(info).toMatch(/^Title: +Evidence pack — Harbourline Managed Services Ltd$/m);
    expect(info).toMatch(/^Creator: +Clausebook$/m);
    const bytes = readFileSync(full.file).toString('latin1');
    expect(bytes).not.toContain('/ObjStm');
    expect(bytes).not.toContain('/XRefStm');
    expect(bytes).toMatch(/\nxref\n0 \d+\n/);
    expect(bytes).toMatch(/startxref\n\d+\n%%EOF\n?$/);
  });

  it('shows the client, every clause 4 to 10 with every sub-clause, and the registers', () => {
    expect(fullText).toContain('Harbourline Managed Services Ltd');
    for (const number of ['4', '5', '6', '7', '8', '9', '10']) {
      for (const heading of headingsOf(number)) expect(fullText).toContain(heading);
    }
    for (const register of [
      'Service catalogue',
      'Customers',
      'Supplier register',
      'Review schedule',
      'Evidence manifest',
    ]) {
      expect(fullText).toContain(register);
    }
    const db = opened.workspace.db;
    const names = db
      .prepare(
        `SELECT name FROM service UNION ALL SELECT name FROM customer UNION ALL SELECT name FROM supplier
         UNION ALL SELECT title FROM agreement UNION ALL SELECT name FROM target`,
      )
      .pluck()
      .all() as string[];
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) expect(fullText).toContain(name.replace(/\s+/g, ' '));
  });

  it('shows the assessments, evidence and findings added through the app’s stores', () => {
    expect(fullText).toContain(CLIENT_NOTE);
    expect(fullText).toContain('TEST-FINDING supplier review held late');
    expect(fullText).toContain('Review calendar agreed with the supplier.');
    const manifestFile = full.manifest.files.find((file) => file.evidenceCode === added.codes.notes)!;
    expect(fullText).toContain(testFiles.notes.fileName);
    expect(fullText).toContain(manifestFile.sha256.slice(0, 32));
    expect(fullText).toContain(manifestFile.sha256.slice(32));
  });

  it('attaches every evidence file and the manifest, each file’s bytes once and as they were', () => {
    const listed = attachmentsListed(full.file);
    const expected = [
      ...full.manifest.files.map((file) => file.attachmentName),
      ...(full.manifest.registers ?? []).map((file) => file.attachmentName),
      MANIFEST_ATTACHMENT_NAME,
    ];
    expect([...listed].sort()).toEqual([...expected].sort());
    for (const code of Object.values(added.codes)) {
      expect(listed.some((name) => name.startsWith(`${code} `))).toBe(true);
    }

    const pdf = readFileSync(full.file);
    // The copy shares its content with the minutes: one embedded stream for both.
    expect(occurrences(pdf, testFiles.minutes.bytes)).toBe(1);
    expect(occurrences(pdf, testFiles.notes.bytes)).toBe(1);
    expect(occurrences(pdf, testFiles.chart.bytes)).toBe(1);

    for (const [key, code] of Object.entries(added.codes)) {
      const entry = full.manifest.files.find((file) => file.evidenceCode === code)!;
      const saved = readFileSync(savedAttachment(full.file, entry.attachmentName, dir));
      const original =
        key === 'minutesCopy' ? testFiles.minutes.bytes : testFiles[key as keyof typeof testFiles].bytes;
      expect(saved.equals(original)).toBe(true);
      expect(sha256Of(saved)).toBe(entry.sha256);
      expect(saved.byteLength).toBe(entry.sizeBytes);
    }
  });

  it('attaches the manifest as JSON: the signed list of every file with its size and hash', () => {
    const saved = JSON.parse(readFileSync(savedAttachment(full.file, MANIFEST_ATTACHMENT_NAME, dir), 'utf8'));
    expect(packManifestSchema.parse(saved)).toEqual(full.manifest);
    const db = opened.workspace.db;
    const head = db.prepare('SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      hash: string;
    };
    expect(full.manifest).toMatchObject({
      packId: 'PK-TEST-0001',
      generatedAt: NOW.toISOString(),
      clientOrganisation: 'Harbourline Managed Services Ltd',
      evidenceEmbedded: true,
      changeLog: { entries: head.seq, headHash: head.hash },
    });
    const evidenceCount = db.prepare('SELECT count(*) FROM evidence').pluck().get() as number;
    expect(full.manifest.files).toHaveLength(evidenceCount);
  });

  it('leaves internal notes out unless they are chosen', () => {
    expectAbsent(fullText, INTERNAL_NOTE);
    expectAbsent(fullText, 'INTERNAL NOTE');
    expect(partialText).toContain(INTERNAL_NOTE);
    expect(partialText).toContain('INTERNAL NOTE · THE CONSULTANT’S OWN');
  });

  it('holds only the chosen clauses, in the standard’s order', () => {
    for (const heading of [...headingsOf('4'), ...headingsOf('8')]) expect(partialText).toContain(heading);
    for (const number of ['5', '6', '7', '9', '10']) {
      for (const heading of headingsOf(number)) expectAbsent(partialText, heading);
    }
    expect(partialText.indexOf('4 Context of the organization')).toBeLessThan(
      partialText.indexOf('8 Operation of the service management system'),
    );
    expect(partialText).toContain('Clauses 4 and 8 only; the others are left out');
  });

  it('without embedded evidence, lists the files in the manifest and attaches only the manifest and registers', () => {
    expect([...attachmentsListed(partial.file)].sort()).toEqual(
      [
        MANIFEST_ATTACHMENT_NAME,
        ...(partial.manifest.registers ?? []).map((file) => file.attachmentName),
      ].sort(),
    );
    expect(partial.manifest.registers).toHaveLength(6);
    expect(partial.manifest.evidenceEmbedded).toBe(false);
    const pdf = readFileSync(partial.file);
    expect(occurrences(pdf, testFiles.notes.bytes)).toBe(0);
    // The copy of the minutes supports only clause 5, left out of this pack: so is the copy.
    const codes = partial.manifest.files.map((file) => file.evidenceCode);
    expect(codes).toEqual(
      expect.arrayContaining([added.codes.minutes, added.codes.notes, added.codes.chart]),
    );
    expect(codes).not.toContain(added.codes.minutesCopy);
    expect(partialText).toContain('listed here but not attached');
    expect(qpdfCheck(partial.file).status).toBe(0);
  });

  it('reports its progress through every phase, in order', () => {
    const phases = full.progress
      .map((step) => step.phase)
      .filter((phase, index, all) => phase !== all[index - 1]);
    expect(phases).toEqual(['layout', 'embed', 'sign', 'save']);
    // Every evidence file, the register files and the manifest.
    const attachments = full.manifest.files.length + (full.manifest.registers ?? []).length + 1;
    const embed = full.progress.filter((step) => step.phase === 'embed');
    expect(embed.at(-1)).toEqual({ phase: 'embed', done: attachments, total: attachments });
    expect(full.progress.at(-1)).toEqual({ phase: 'save', done: 1, total: 1 });
  });
});
