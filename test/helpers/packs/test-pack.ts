import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addEvidence } from '../../../src-main/core/evidence/evidence-store';
import { collectPackData } from '../../../src-main/core/packs/document/collect-pack-data';
import type { PackData } from '../../../src-main/core/packs/document/pack-data';
import { renderPackDocument } from '../../../src-main/core/packs/document/render-pack';
import { manifestBytes } from '../../../src-main/core/packs/document/render/pack-manifest-of';
import { registerAttachments } from '../../../src-main/core/packs/document/render/register-attachments';
import { buildSignedPack, type ReadEvidence } from '../../../src-main/core/packs/export/build-signed-pack';
import { evidenceAttachments } from '../../../src-main/core/packs/export/evidence-attachments';
import type { PackBuildRequest } from '../../../src-main/core/packs/export/pack-request';
import { readEvidenceBlob } from '../../../src-main/core/packs/export/read-pack-evidence';
import { writePackFile } from '../../../src-main/core/packs/export/write-pack-file';
import {
  MANIFEST_ATTACHMENT_NAME,
  MANIFEST_FORMAT,
  type PackManifest,
} from '../../../src-main/core/packs/pack-manifest';
import type { PdfAttachment } from '../../../src-main/core/packs/pdf-write/append-attachments';
import { writeContext } from '../../../src-main/core/registers/write-context';
import { createWorkspace } from '../../../src-main/core/workspace/create-workspace';
import type { TestIdentity } from './test-identity';

export interface TestEvidence {
  attachmentName: string;
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

/** A signed pack as the app writes it, on disk and in memory. */
export interface TestPack {
  file: string;
  pdf: Buffer;
  manifest: PackManifest;
  evidence: TestEvidence[];
  /** What writePackFile reported: the file's SHA-256 and size, as the export history keeps them. */
  sha256: string;
  sizeBytes: number;
}

/** The client the pack is for: its cover, every page header and the manifest name it. */
export const PACK_CLIENT = 'Harbourline Managed Services Ltd';
export const PACK_ID = 'PACK-TEST-0001';
export const PACK_GENERATED_AT = '2026-03-02T09:30:15.000Z';
const PACK_TODAY = '2026-03-02';

export interface TestPackOptions {
  /** Leave the evidence files out and list them only (the pack option "manifest only"). */
  evidenceEmbedded?: boolean;
  /** Change the manifest before it is attached (e.g. a wrong hash), to test the manifest checks. */
  editManifest?: (manifest: PackManifest) => PackManifest;
  /** Attach a file the manifest does not list. */
  unlistedFile?: TestEvidence;
  /** Leave the manifest attachment out. */
  withoutManifest?: boolean;
}

/** A one-page PDF written by hand (a PDF inside the pack, as real evidence often is). */
function minutesPdf(): Buffer {
  const text = 'BT /F1 12 Tf 72 760 Td (Service review minutes, March: availability 99.95 %.) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Two small evidence files: a text note and a one-page PDF. */
function testEvidence(): Omit<TestEvidence, 'attachmentName'>[] {
  return [
    {
      fileName: 'Supplier register.txt',
      mediaType: 'text/plain',
      bytes: Buffer.from(
        'Supplier register, reviewed 2026-03-01.\nNorthwind Hosting: contract CT-7, review due.\n',
      ),
    },
    {
      fileName: 'Review minutes.pdf',
      mediaType: 'application/pdf',
      bytes: minutesPdf(),
    },
  ];
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A tiny workspace as the app makes one, holding the evidence files linked to a clause 8 item, and
 * the pack data the app's collector reads from it (clause 8 only). The workspace is left open: the
 * pack writer reads the evidence from it as the app does.
 */
async function testWorkspace(
  folder: string,
  evidence: Omit<TestEvidence, 'attachmentName'>[],
  embedEvidence: boolean,
) {
  const { workspace } = await createWorkspace(path.join(folder, 'client.clausebook'), {
    clientOrganisation: PACK_CLIENT,
    scopeStatement: 'Managed hosting and service desk for UK customers.',
    auditType: 'stage2',
    plannedAuditDate: '2026-04-14',
    consultantName: 'Jane Doe',
  });
  const context = writeContext(workspace.db, new Date(`${PACK_TODAY}T08:00:00.000Z`));
  for (const file of evidence)
    addEvidence(context, {
      fileName: file.fileName,
      mediaType: file.mediaType,
      bytes: file.bytes,
      description: '',
      effectiveDate: '2026-03-01',
      links: [{ kind: 'item', libraryId: 'iso20000-1-2018', itemId: '8.3.4.1-03' }],
    });
  const data = await collectPackData(workspace.db, { clauses: ['8'], embedEvidence }, { today: PACK_TODAY });
  return { workspace, data };
}

/** The request the app hands its pack worker, for this identity and output file. */
export function testPackRequest(
  identity: TestIdentity,
  outputPath: string,
  data: PackData,
): PackBuildRequest {
  const { certificate, certificateDer, chainDer, privateKey } = identity.unlocked;
  return {
    data,
    packId: PACK_ID,
    generatedAt: PACK_GENERATED_AT,
    signer: {
      name: 'Jane Doe',
      organisation: 'Northgate Assurance Ltd',
      email: 'jane.doe@northgate.example',
      fingerprintSha256: certificate.fingerprintSha256.replace(/:/g, '').toLowerCase(),
    },
    signing: { privateKey, certificateDer, chainDer },
    outputPath,
  };
}

/** What the app's pack worker gets for one export of the test workspace, and the evidence in it. */
export interface TestPackInputs {
  request: PackBuildRequest;
  /** The app's own reader: each file from the open workspace, when the writer asks for it. */
  readEvidence: ReadEvidence;
  /** The evidence files, under the attachment names the collector gave them. */
  evidence: TestEvidence[];
  close(): void;
}

/** A new test workspace in `dir` (a folder per pack) and the export request for `dir/name`. */
export async function testPackInputs(
  identity: TestIdentity,
  dir: string,
  name = 'pack.pdf',
  embedEvidence = true,
): Promise<TestPackInputs> {
  const folder = path.join(dir, `${name}.workspace`);
  mkdirSync(folder);
  const files = testEvidence();
  const { workspace, data } = await testWorkspace(folder, files, embedEvidence);
  const evidence = files.map((file) => {
    const collected = data.evidence.find((entry) => entry.sha256 === sha256(file.bytes));
    if (!collected) throw new Error(`the pack data lacks ${file.fileName}`);
    return { ...file, attachmentName: collected.attachmentName };
  });
  return {
    request: testPackRequest(identity, path.join(dir, name), data),
    readEvidence: (hash) => readEvidenceBlob(workspace, hash),
    evidence,
    close: () => workspace.close(),
  };
}

/**
 * A signed pack written to `dir/name` the way the app writes one: buildSignedPack with the request
 * the app's worker gets, its data collected from a workspace and its evidence read from it by the
 * app's reader. Packs with a damaged manifest, which the app cannot make, are written by the same
 * writer (writePackFile) from the same document and attachments, the manifest changed, left out,
 * or a file added.
 */
export async function makeTestPack(
  identity: TestIdentity,
  dir: string,
  name = 'pack.pdf',
  options: TestPackOptions = {},
): Promise<TestPack> {
  const { request, readEvidence, evidence, close } = await testPackInputs(
    identity,
    dir,
    name,
    options.evidenceEmbedded ?? true,
  );
  try {
    const damaged = options.editManifest ?? options.unlistedFile ?? options.withoutManifest;
    const written =
      damaged === undefined
        ? {
            ...(await buildSignedPack(request, () => undefined, readEvidence)),
            manifest: expectedManifest(request),
          }
        : await writeDamagedManifestPack(request, readEvidence, options);
    return {
      file: request.outputPath,
      pdf: readFileSync(request.outputPath),
      manifest: written.manifest,
      evidence,
      sha256: written.sha256,
      sizeBytes: written.sizeBytes,
    };
  } finally {
    close();
  }
}

/**
 * The evidence part of the manifest a pack of this request must carry, stated here rather than
 * taken from the writer (the registers it also lists are the collector's; compare with toMatchObject).
 */
function expectedManifest(request: PackBuildRequest): PackManifest {
  return {
    format: MANIFEST_FORMAT,
    packId: request.packId,
    generatedAt: request.generatedAt,
    clientOrganisation: PACK_CLIENT,
    changeLog: request.data.changeLog,
    evidenceEmbedded: request.data.options.embedEvidence,
    files: request.data.evidence.map((file) => ({
      attachmentName: file.attachmentName,
      evidenceCode: file.code,
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      effectiveDate: '2026-03-01',
    })),
    // Every register attached as its CSV, whatever the evidence option.
    registers: request.data.registers.files.map((file) => {
      const bytes = Buffer.from(file.csv, 'utf8');
      return {
        attachmentName: file.attachmentName,
        register: file.register,
        rowCount: file.rowCount,
        sizeBytes: bytes.byteLength,
        sha256: sha256(bytes),
      };
    }),
  };
}

/**
 * buildSignedPack's steps, with the manifest attachment changed as the options say. Keep the
 * attachments in step with build-signed-pack.ts: evidence, register files, manifest.
 */
async function writeDamagedManifestPack(
  request: PackBuildRequest,
  readEvidence: ReadEvidence,
  options: TestPackOptions,
) {
  const { pdf, manifest: laidOut } = await renderPackDocument({ ...request, onProgress: () => undefined });
  const manifest = options.editManifest ? options.editManifest(laidOut) : laidOut;
  const generatedAt = new Date(request.generatedAt);
  const attachments: PdfAttachment[] = [
    ...(request.data.options.embedEvidence ? evidenceAttachments(request.data.evidence, readEvidence) : []),
    ...registerAttachments(request.data, generatedAt),
  ];
  const extra = options.unlistedFile;
  if (extra)
    attachments.push({
      name: extra.attachmentName,
      description: extra.fileName,
      mediaType: extra.mediaType,
      created: generatedAt,
      modified: generatedAt,
      contentKey: `unlisted ${sha256(extra.bytes)}`,
      read: () => extra.bytes,
    });
  if (!options.withoutManifest)
    attachments.push({
      name: MANIFEST_ATTACHMENT_NAME,
      description: `Evidence manifest of pack ${request.packId}.`,
      mediaType: 'application/json',
      created: generatedAt,
      modified: generatedAt,
      contentKey: 'manifest',
      read: () => manifestBytes(manifest),
    });
  const written = await writePackFile({
    outputPath: request.outputPath,
    document: pdf,
    attachments,
    signing: {
      privateKey: request.signing.privateKey,
      certificateDer: Buffer.from(request.signing.certificateDer),
      chainDer: request.signing.chainDer.map((der) => Buffer.from(der)),
    },
    signature: {
      signingTime: generatedAt,
      signerName: request.signer.name,
      reason: `Evidence pack ${request.packId} for ${request.data.engagement.clientOrganisation}`,
    },
    onProgress: () => undefined,
  });
  return { ...written, manifest };
}
