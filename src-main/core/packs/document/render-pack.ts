import { ClausebookError } from '../../../api/errors';
import { sha256Of } from '../../evidence/blob-store';
import { MANIFEST_ATTACHMENT_NAME, type PackManifest } from '../pack-manifest';
import { buildPackDefinition } from './definition/build-pack-definition';
import { pdfFontBytes, pdfFontDictionary } from './fonts/pdf-fonts';
import type { PackData, PackEvidenceFile } from './pack-data';
import { parsePackMeta } from './pack-meta';
import type { PackSignerInput } from './pack-signer';
import {
  attachStream,
  writeEmbeddedStream,
  type AttachingDocument,
  type AttachmentReference,
} from './render/embed-files';
import { loadPdfMake, type ServerPdfMake } from './render/load-pdfmake';
import { manifestBytes, packManifestOf } from './render/pack-manifest-of';
import { registerFileBytes, registerFileDescription } from './render/register-attachments';

/** The stages of making a pack; `collect` is reported by whoever calls collectPackData. */
export type PackPhase = 'collect' | 'layout' | 'embed' | 'write';

export interface PackProgress {
  phase: PackPhase;
  done: number;
  total: number;
}

export interface RenderPackInput {
  /** From collectPackData: plain data, so it may come from another thread. */
  data: PackData;
  packId: string;
  /** ISO 8601 time the pack is made at; shown on the cover and recorded in the manifest. */
  generatedAt: string;
  signer: PackSignerInput;
  /**
   * The content of an evidence file by its SHA-256, called once per distinct content and only
   * when the evidence is embedded. It may answer at once or with a promise (e.g. when the bytes
   * come from another thread). The bytes are checked against the hash before they are embedded.
   */
  readEvidence: (sha256: string) => Uint8Array | Promise<Uint8Array>;
  onProgress?: (progress: PackProgress) => void;
}

/** The unsigned pack and its manifest (which is also attached to it as JSON). */
export interface RenderedPack {
  pdf: Buffer;
  manifest: PackManifest;
}

/**
 * Renders the pack: lays the document out with pdfmake, attaches every evidence file (when
 * chosen), the register CSV files and the manifest, and returns the finished, unsigned PDF. The file is a classic PDF
 * (one cross-reference table, no object streams), which the signer's incremental update needs.
 *
 * pdfmake may read nothing but the pack's fonts: its URL policy refuses every address and its
 * local-file policy every path, and the fonts are given to it from memory. Evidence is handed to
 * pdfkit as bytes, never as paths. pdfmake's settings live on one shared object, so they are all
 * set again, synchronously, immediately before each document is created.
 */
export async function renderPack(input: RenderPackInput): Promise<RenderedPack> {
  const report = input.onProgress ?? (() => undefined);
  const meta = parsePackMeta({ packId: input.packId, generatedAt: input.generatedAt, signer: input.signer });
  const manifest = packManifestOf(input.data, meta);

  report({ phase: 'layout', done: 0, total: 100 });
  const definition = buildPackDefinition(input.data, meta);
  const pdfmake = await loadPdfMake();
  let lastPercent = 0;
  const created = createLockedDown(pdfmake, definition, (fraction) => {
    const percent = Math.min(99, Math.floor(fraction * 100));
    if (percent > lastPercent) {
      lastPercent = percent;
      report({ phase: 'layout', done: percent, total: 100 });
    }
  });
  const document = (await created.getStream()) as unknown as AttachingDocument;
  report({ phase: 'layout', done: 100, total: 100 });

  const files = input.data.options.embedEvidence ? input.data.evidence : [];
  const total = files.length + 1;
  report({ phase: 'embed', done: 0, total });
  const streams = new Map<string, AttachmentReference>();
  for (const [index, file] of files.entries()) {
    let stream = streams.get(file.sha256);
    if (!stream) {
      stream = writeEmbeddedStream(document, await checkedContent(input, file), attachmentOf(file));
      streams.set(file.sha256, stream);
    }
    attachStream(document, stream, attachmentOf(file));
    report({ phase: 'embed', done: index + 1, total });
  }
  for (const file of input.data.registers.files) {
    const attachment = {
      name: file.attachmentName,
      description: registerFileDescription(file),
      mediaType: 'text/csv',
      created: new Date(meta.generatedAt),
      modified: new Date(meta.generatedAt),
    };
    attachStream(document, writeEmbeddedStream(document, registerFileBytes(file), attachment), attachment);
  }
  const manifestAttachment = {
    name: MANIFEST_ATTACHMENT_NAME,
    description: `Evidence manifest of pack ${meta.packId}: every evidence file with its size and SHA-256 (JSON).`,
    mediaType: 'application/json',
    created: new Date(meta.generatedAt),
    modified: new Date(meta.generatedAt),
  };
  attachStream(
    document,
    writeEmbeddedStream(document, manifestBytes(manifest), manifestAttachment),
    manifestAttachment,
  );
  report({ phase: 'embed', done: total, total });

  report({ phase: 'write', done: 0, total: 1 });
  const pdf = await created.getBuffer();
  report({ phase: 'write', done: 1, total: 1 });
  return { pdf, manifest };
}

/**
 * Lays the document out with pdfmake and nothing more: the printed pages as a classic PDF (one
 * cross-reference table, no object streams), a few megabytes whatever the evidence weighs. The
 * pack writer then appends the manifest and the evidence to it, and the signature after them,
 * as incremental updates (see export/write-pack-file.ts).
 */
export async function renderPackDocument(
  input: Omit<RenderPackInput, 'readEvidence'>,
): Promise<RenderedPack> {
  const report = input.onProgress ?? (() => undefined);
  const meta = parsePackMeta({ packId: input.packId, generatedAt: input.generatedAt, signer: input.signer });
  const manifest = packManifestOf(input.data, meta);
  report({ phase: 'layout', done: 0, total: 100 });
  const definition = buildPackDefinition(input.data, meta);
  const pdfmake = await loadPdfMake();
  let lastPercent = 0;
  const created = createLockedDown(pdfmake, definition, (fraction) => {
    const percent = Math.min(99, Math.floor(fraction * 100));
    if (percent > lastPercent) {
      lastPercent = percent;
      report({ phase: 'layout', done: percent, total: 100 });
    }
  });
  const pdf = await created.getBuffer();
  report({ phase: 'layout', done: 100, total: 100 });
  return { pdf, manifest };
}

/**
 * Sets every pdfmake setting this render relies on and creates the document in the same
 * synchronous stretch, so that no other render on this thread can change them in between.
 */
function createLockedDown(
  pdfmake: ServerPdfMake,
  definition: ReturnType<typeof buildPackDefinition>,
  onProgress: (fraction: number) => void,
) {
  for (const [name, bytes] of Object.entries(pdfFontBytes())) {
    if (!pdfmake.virtualfs.existsSync(name)) pdfmake.virtualfs.writeFileSync(name, bytes);
  }
  pdfmake.setFonts(pdfFontDictionary());
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setProgressCallback(onProgress);
  const created = pdfmake.createPdf(definition);
  // createPdf has taken the callback; another document made later must not report to this one.
  pdfmake.setProgressCallback(undefined);
  return created;
}

function attachmentOf(file: PackEvidenceFile) {
  const added = new Date(file.addedAt);
  return {
    name: file.attachmentName,
    description:
      file.description.trim() === '' ? `${file.code} ${file.fileName}` : `${file.code}: ${file.description}`,
    mediaType: file.mediaType,
    created: added,
    modified: added,
  };
}

/** The file's bytes, refused unless they are exactly the bytes the manifest describes. */
async function checkedContent(input: RenderPackInput, file: PackEvidenceFile): Promise<Buffer> {
  const given = await input.readEvidence(file.sha256);
  const bytes = Buffer.isBuffer(given)
    ? given
    : Buffer.from(given.buffer, given.byteOffset, given.byteLength);
  if (bytes.byteLength !== file.sizeBytes || sha256Of(bytes) !== file.sha256) {
    throw new ClausebookError(
      'WORKSPACE_CORRUPT',
      `The content of evidence file ${file.code} (${file.fileName}) does not match its SHA-256 fingerprint, so the pack was not made. Restore the workspace from a backup.`,
    );
  }
  return bytes;
}
