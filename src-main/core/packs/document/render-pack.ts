import type { PackManifest } from '../pack-manifest';
import type { PackBuildProgress } from '../export/pack-request';
import { buildPackDefinition } from './definition/build-pack-definition';
import { pdfFontBytes, pdfFontDictionary } from './fonts/pdf-fonts';
import type { PackData } from './pack-data';
import { parsePackMeta } from './pack-meta';
import type { PackSignerInput } from './pack-signer';
import { loadPdfMake, type ServerPdfMake } from './render/load-pdfmake';
import { packManifestOf } from './render/pack-manifest-of';

export interface RenderPackInput {
  /** From collectPackData: plain data, so it may come from another thread. */
  data: PackData;
  packId: string;
  /** ISO 8601 time the pack is made at; shown on the cover and recorded in the manifest. */
  generatedAt: string;
  signer: PackSignerInput;
  onProgress?: (progress: PackBuildProgress) => void;
}

/** The unsigned document and the manifest the writer attaches to it. */
export interface RenderedPack {
  pdf: Buffer;
  manifest: PackManifest;
}

/**
 * Lays the document out with pdfmake and nothing more: the printed pages as a classic PDF (one
 * cross-reference table, no object streams), a few megabytes whatever the evidence weighs. The
 * pack writer then appends the manifest and the evidence to it, and the signature after them,
 * as incremental updates (see export/write-pack-file.ts).
 *
 * pdfmake may read nothing but the pack's fonts: its URL policy refuses every address and its
 * local-file policy every path, and the fonts are given to it from memory. pdfmake's settings live
 * on one shared object, so they are all set again, synchronously, immediately before each document
 * is created.
 */
export async function renderPackDocument(input: RenderPackInput): Promise<RenderedPack> {
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
