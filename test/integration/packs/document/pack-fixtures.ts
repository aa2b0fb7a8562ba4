import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { findingInput } from '../../../../src-main/api/schemas/findings';
import { setAssessment } from '../../../../src-main/core/assessment/assessment-store';
import { citeRecord } from '../../../../src-main/core/assessment/item-citations';
import { libraryIndex } from '../../../../src-main/core/assessment/library-index';
import { readBlob } from '../../../../src-main/core/evidence/blob-store';
import { addEvidence } from '../../../../src-main/core/evidence/evidence-store';
import { createFinding } from '../../../../src-main/core/findings/finding-store';
import { collectPackData } from '../../../../src-main/core/packs/document/collect-pack-data';
import type { PackOptionsInput } from '../../../../src-main/core/packs/document/pack-options';
import { parsePackMeta } from '../../../../src-main/core/packs/document/pack-meta';
import { packManifestOf } from '../../../../src-main/core/packs/document/render/pack-manifest-of';
import { buildSignedPack, type ReadEvidence } from '../../../../src-main/core/packs/export/build-signed-pack';
import type { PackBuildProgress } from '../../../../src-main/core/packs/export/pack-request';
import type { PackManifest } from '../../../../src-main/core/packs/pack-manifest';
import { makeTestIdentity, type TestIdentity } from '../../../helpers/packs/test-identity';
import { writeContext } from '../../../../src-main/core/registers/write-context';

export const LIBRARY = 'iso20000-1-2018';
export const TODAY = '2026-11-22';
export const NOW = new Date(`${TODAY}T10:00:00.000Z`);

export const signer = {
  name: 'Priya Raman',
  organisation: 'Raman Service Consulting Ltd',
  email: 'priya@raman.example',
  fingerprintSha256: '5c'.repeat(32),
};

/** Text a reader would see in the PDF, as pdftotext extracts it, with white space collapsed. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The attachment names `pdfdetach -list` shows, in its order. */
export function attachmentsListed(file: string): string[] {
  const lines = execFileSync('pdfdetach', ['-enc', 'UTF-8', '-list', file], { encoding: 'utf8' })
    .trim()
    .split('\n');
  return lines.slice(1).map((line) => line.replace(/^\d+: /, ''));
}

/**
 * Saves one attachment with `pdfdetach -save N` and returns where. (`-savefile NAME` cannot match
 * a name outside ASCII in this poppler, so the number is looked up from the list.)
 */
export function savedAttachment(file: string, name: string, into: string): string {
  const number = attachmentsListed(file).indexOf(name) + 1;
  if (number === 0) throw new Error(`${file} has no attachment named ${name}.`);
  const out = path.join(into, `saved-${number}-${Math.random().toString(36).slice(2)}`);
  execFileSync('pdfdetach', ['-save', String(number), '-o', out, file]);
  return out;
}

export function qpdfCheck(file: string): { status: number | null; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

export function pdfInfo(file: string): string {
  return execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
}

/** Evidence the tests add: distinctive bytes to find in the PDF, and names in three scripts. */
export const testFiles = {
  minutes: {
    fileName: 'Supplier review minutes – Ironbridge.pdf',
    bytes: Buffer.from('%PDF-1.4\n% CLAUSEBOOK-TEST-EVIDENCE-ALPHA-7d1e supplier review minutes\n%%EOF\n'),
  },
  notes: {
    fileName: 'Заметки по аудиту.txt',
    bytes: Buffer.from('CLAUSEBOOK-TEST-EVIDENCE-BETA-91c4: интервью с руководством\n', 'utf8'),
  },
  chart: {
    fileName: 'capacity chart.png',
    // A PNG signature, then bytes of every value, so that nothing in the file is plain text.
    bytes: Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 73 + 11) % 256)),
      Buffer.from('CLAUSEBOOK-TEST-EVIDENCE-GAMMA-20b8'),
    ]),
  },
} as const;

export const CLIENT_NOTE = 'CLIENT-NOTE-MARKER the contract register is reviewed each quarter.';
export const INTERNAL_NOTE = 'INTERNAL-NOTE-MARKER ask the COO about the Rotterdam move.';

export interface AddedChecklist {
  /** Codes of the evidence files the test added, by key. */
  codes: Record<keyof typeof testFiles | 'minutesCopy', string>;
}

/**
 * Adds to a workspace, through the core stores the app uses: three evidence files (and a copy of
 * one under another name, the same content), assessments in clauses 4 and 8 with client and
 * internal notes and a cited supplier, and a nonconformity closed with one of the files.
 */
export function addChecklist(db: Database.Database): AddedChecklist {
  const context = writeContext(db, NOW);
  const index = libraryIndex(LIBRARY);
  const supplierId = db.prepare('SELECT id FROM supplier ORDER BY code LIMIT 1').pluck().get() as string;
  const add = (file: { fileName: string; bytes: Buffer }, itemIds: string[], effectiveDate: string | null) =>
    addEvidence(context, {
      fileName: file.fileName,
      mediaType: '',
      bytes: file.bytes,
      description: `Test evidence: ${file.fileName}`,
      effectiveDate,
      links: itemIds.map((itemId) => ({ kind: 'item' as const, libraryId: LIBRARY, itemId })),
    }).snapshot.code;
  const minutes = add(testFiles.minutes, ['8.3.4.1-03'], '2026-09-30');
  const notes = add(testFiles.notes, ['4.1-01'], '2026-10-02');
  const chart = add(testFiles.chart, ['8.1-01', '4.1-01'], null);
  const minutesCopy = add({ ...testFiles.minutes, fileName: 'Minutes (copy).pdf' }, ['5.1-01'], null);

  setAssessment(context, index, '4.1-01', {
    status: 'partially_conforming',
    clientNotes: CLIENT_NOTE,
    internalNotes: INTERNAL_NOTE,
    owner: 'Dana Whitfield',
    dueDate: '2027-01-05',
    interviewees: ['Dana Whitfield'],
  });
  setAssessment(context, index, '8.3.4.1-03', { status: 'conforming', owner: 'Ravi Chandran' });
  citeRecord(context, index, '8.3.4.1-03', { register: 'suppliers', id: supplierId });
  const closure = db.prepare('SELECT id FROM evidence WHERE code = ?').pluck().get(minutes) as string;
  createFinding(
    context,
    findingInput.parse({
      type: 'minor_nc',
      title: 'TEST-FINDING supplier review held late',
      raisedOn: '2026-10-01',
      status: 'closed',
      items: [{ itemId: '8.3.4.1-03' }],
      correctiveAction: {
        description: 'Review calendar agreed with the supplier.',
        owner: 'Ravi Chandran',
        dueDate: '2026-11-01',
        status: 'verified',
        closureEvidenceIds: [closure],
      },
    }),
  );
  return { codes: { minutes, notes, chart, minutesCopy } };
}

export interface WrittenPack {
  file: string;
  manifest: PackManifest;
  progress: PackBuildProgress[];
}

let identity: TestIdentity | null = null;

/** One signing identity per test file: key generation is slow. */
function packIdentity(): TestIdentity {
  identity ??= makeTestIdentity(new Date(NOW.getTime() - 24 * 60 * 60 * 1000));
  return identity;
}

/**
 * Collects a pack of the workspace and writes it to `file` signed, exactly as an export does
 * (the same writer, in process), with the manifest the writer attaches.
 */
export async function writePack(
  db: Database.Database,
  file: string,
  options: PackOptionsInput = {},
  packId = 'PK-TEST-0001',
  custom: { readEvidence?: ReadEvidence; signer?: typeof signer } = {},
): Promise<WrittenPack> {
  const readEvidence = custom.readEvidence ?? (async (sha256) => readBlob(db, sha256, 'evidence'));
  const shownSigner = custom.signer ?? signer;
  const data = await collectPackData(db, options, { today: TODAY });
  const progress: PackBuildProgress[] = [];
  const { unlocked } = packIdentity();
  const generatedAt = NOW.toISOString();
  await buildSignedPack(
    {
      data,
      packId,
      generatedAt,
      signer: shownSigner,
      signing: {
        privateKey: unlocked.privateKey,
        certificateDer: unlocked.certificateDer,
        chainDer: unlocked.chainDer,
      },
      outputPath: file,
    },
    (step) => progress.push(step),
    readEvidence,
  );
  const manifest = packManifestOf(data, parsePackMeta({ packId, generatedAt, signer: shownSigner }));
  return { file, manifest, progress };
}

/** How often `needle` occurs in `haystack`. */
export function occurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/**
 * Fails naming where `needle` occurs in a PDF's text, if it does: the whole text of a pack is too
 * long to be any help in a failure message.
 */
export function expectAbsent(text: string, needle: string): void {
  const at = text.indexOf(needle);
  if (at !== -1) {
    throw new Error(
      `"${needle}" should not be in the pack, but is: …${text.slice(Math.max(0, at - 80), at + needle.length + 80)}…`,
    );
  }
}
