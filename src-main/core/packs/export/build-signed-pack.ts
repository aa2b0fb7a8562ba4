import { MANIFEST_ATTACHMENT_NAME } from '../pack-manifest';
import { renderPackDocument } from '../document/render-pack';
import { manifestBytes } from '../document/render/pack-manifest-of';
import { registerAttachments } from '../document/render/register-attachments';
import type { PdfAttachment } from '../pdf-write/append-attachments';
import { evidenceAttachments } from './evidence-attachments';
import type { PackBuildProgress, PackBuildRequest, PackBuildResult } from './pack-request';
import { writePackFile } from './write-pack-file';

/** The content of one evidence file by its SHA-256, fetched from the workspace when its turn comes. */
export type ReadEvidence = (sha256: string) => Promise<Uint8Array>;

/**
 * Lays the pack out, attaches the manifest and the evidence, signs it and writes it: the heavy
 * half of an export, run in a worker thread by the app (see run-pack-build.ts) and in process
 * where no worker bundle exists (tests from sources). The evidence is asked for one file at a
 * time and written straight to the file, so memory never holds more than one evidence file.
 */
export async function buildSignedPack(
  request: PackBuildRequest,
  onProgress: (progress: PackBuildProgress) => void,
  readEvidence: ReadEvidence,
): Promise<PackBuildResult> {
  const { pdf, manifest } = await renderPackDocument({
    data: request.data,
    packId: request.packId,
    generatedAt: request.generatedAt,
    signer: request.signer,
    onProgress,
  });
  const generatedAt = new Date(request.generatedAt);
  const manifestAttachment: PdfAttachment = {
    name: MANIFEST_ATTACHMENT_NAME,
    description: `Evidence manifest of pack ${request.packId}: every evidence file with its size and SHA-256 (JSON).`,
    mediaType: 'application/json',
    created: generatedAt,
    modified: generatedAt,
    contentKey: 'manifest',
    read: () => manifestBytes(manifest),
  };
  const evidence = request.data.options.embedEvidence
    ? evidenceAttachments(request.data.evidence, readEvidence)
    : [];
  const written = await writePackFile({
    outputPath: request.outputPath,
    document: pdf,
    attachments: [...evidence, ...registerAttachments(request.data, generatedAt), manifestAttachment],
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
    onProgress,
  });
  return { ...written, evidenceFiles: manifest.evidenceEmbedded ? manifest.files.length : 0 };
}
