import { createHash } from 'node:crypto';
import { writeNewFile } from '../../import-export/export/write-new-file';
import { renderPack } from '../document/render-pack';
import { signPdf } from '../sign/sign-pdf';
import type { PackBuildProgress, PackBuildRequest, PackBuildResult } from './pack-request';

/**
 * Lays the pack out, embeds the evidence, signs the whole file and writes it: the heavy half of an
 * export, run in a worker thread by the app (see run-pack-build.ts) and in process where no worker
 * bundle exists (tests from sources).
 */
export async function buildSignedPack(
  request: PackBuildRequest,
  onProgress: (progress: PackBuildProgress) => void,
): Promise<PackBuildResult> {
  const { pdf, manifest } = await renderPack({
    data: request.data,
    packId: request.packId,
    generatedAt: request.generatedAt,
    signer: request.signer,
    readEvidence: (sha256) => {
      const bytes = request.evidence.get(sha256);
      if (!bytes) throw new Error(`Evidence content ${sha256} was not handed to the pack writer.`);
      return bytes;
    },
    onProgress,
  });
  onProgress({ phase: 'sign', done: 0, total: 1 });
  const signed = await signPdf(
    pdf,
    {
      privateKey: request.signing.privateKey,
      certificateDer: Buffer.from(request.signing.certificateDer),
      chainDer: request.signing.chainDer.map((der) => Buffer.from(der)),
    },
    {
      signingTime: new Date(request.generatedAt),
      signerName: request.signer.name,
      reason: `Evidence pack ${request.packId} for ${request.data.engagement.clientOrganisation}`,
    },
  );
  onProgress({ phase: 'save', done: 0, total: 1 });
  writeNewFile(request.outputPath, signed);
  onProgress({ phase: 'save', done: 1, total: 1 });
  return {
    sha256: createHash('sha256').update(signed).digest('hex'),
    sizeBytes: signed.byteLength,
    evidenceFiles: manifest.evidenceEmbedded ? manifest.files.length : 0,
  };
}
