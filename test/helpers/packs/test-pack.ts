import { createHash } from 'node:crypto';
import { testPdfmake as pdfmake } from '../test-pdfmake';
import type { Content } from 'pdfmake/interfaces';
import {
  MANIFEST_ATTACHMENT_NAME,
  MANIFEST_FORMAT,
  type ManifestFile,
  type PackManifest,
} from '../../../src-main/core/packs/pack-manifest';

export interface TestEvidence {
  attachmentName: string;
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

export interface TestPack {
  pdf: Buffer;
  manifest: PackManifest;
  evidence: TestEvidence[];
}

/** The sentence on the pack's first page; tamper tests change a byte of its content stream. */
export const PACK_HEADLINE = 'Evidence pack for Harbourline Managed Services';

async function render(content: Content[], files: Record<string, { src: string; name: string }> = {}) {
  const document = pdfmake.createPdf({
    info: { title: 'Clausebook test pack' },
    pageSize: 'A4',
    content,
    defaultStyle: { font: 'Roboto' },
    // pdfmake hands these to pdfkit, which embeds them and lists them in the EmbeddedFiles name tree.
    files,
  } as Parameters<typeof pdfmake.createPdf>[0]);
  return Buffer.from(await document.getBuffer());
}

function dataUrl(mediaType: string, bytes: Buffer): string {
  return `data:${mediaType};base64,${bytes.toString('base64')}`;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface TestPackOptions {
  /** Leave the evidence files out and list them only (the pack option "manifest only"). */
  evidenceEmbedded?: boolean;
  /** Change the manifest before it is embedded (e.g. a wrong hash), to test the manifest checks. */
  editManifest?: (manifest: PackManifest) => PackManifest;
  /** Embed a file the manifest does not list. */
  unlistedFile?: TestEvidence;
  /** Leave the manifest attachment out. */
  withoutManifest?: boolean;
}

/** Two small evidence files: a text note and a one-page PDF (a PDF inside the pack, as real evidence often is). */
export async function testEvidence(): Promise<TestEvidence[]> {
  const minutes = await render([{ text: 'Service review minutes, March: availability 99.95 %.' }]);
  return [
    {
      attachmentName: 'EV-0001 Supplier register.txt',
      fileName: 'Supplier register.txt',
      mediaType: 'text/plain',
      bytes: Buffer.from(
        'Supplier register, reviewed 2026-03-01.\nNorthwind Hosting: contract CT-7, review due.\n',
      ),
    },
    {
      attachmentName: 'EV-0002 Review minutes.pdf',
      fileName: 'Review minutes.pdf',
      mediaType: 'application/pdf',
      bytes: minutes,
    },
  ];
}

/** A small two-page pdfmake pack with evidence attachments and the JSON manifest, unsigned. */
export async function makeTestPack(options: TestPackOptions = {}): Promise<TestPack> {
  const evidence = await testEvidence();
  const embedded = options.evidenceEmbedded ?? true;
  const listed: ManifestFile[] = evidence.map((file, index) => ({
    attachmentName: file.attachmentName,
    evidenceCode: `EV-000${index + 1}`,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.bytes.length,
    sha256: sha256(file.bytes),
    effectiveDate: '2026-03-01',
  }));
  let manifest: PackManifest = {
    format: MANIFEST_FORMAT,
    packId: 'PACK-TEST-0001',
    generatedAt: '2026-03-02T09:00:00.000Z',
    clientOrganisation: 'Harbourline Managed Services Ltd',
    changeLog: { entries: 12, headHash: 'a'.repeat(64) },
    evidenceEmbedded: embedded,
    files: listed,
  };
  if (options.editManifest) manifest = options.editManifest(manifest);

  const files: Record<string, { src: string; name: string }> = {};
  if (!options.withoutManifest) {
    files.manifest = {
      src: dataUrl('application/json', Buffer.from(JSON.stringify(manifest, null, 2))),
      name: MANIFEST_ATTACHMENT_NAME,
    };
  }
  const attached = [...(embedded ? evidence : []), ...(options.unlistedFile ? [options.unlistedFile] : [])];
  attached.forEach((file, index) => {
    files[`evidence${index}`] = { src: dataUrl(file.mediaType, file.bytes), name: file.attachmentName };
  });

  const pdf = await render(
    [
      { text: PACK_HEADLINE, fontSize: 18, bold: true, margin: [0, 0, 0, 12] },
      { text: 'Scope: managed hosting and service desk for UK customers.' },
      {
        table: {
          body: [
            ['Evidence', 'SHA-256'],
            ...listed.map((file) => [file.fileName, file.sha256.slice(0, 16) + '…']),
          ],
        },
        margin: [0, 12, 0, 0],
        pageBreak: 'after',
      },
      { text: 'Clause 8.3.4 Supplier management: evidence reviewed.' },
    ],
    files,
  );
  return { pdf, manifest, evidence };
}
