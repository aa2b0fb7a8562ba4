import { MANIFEST_FORMAT, packManifestSchema, type PackManifest } from '../../pack-manifest';
import type { PackData } from '../pack-data';
import type { PackMeta } from '../pack-meta';
import { manifestRegisterFiles } from './register-attachments';

/**
 * The manifest of a pack: every evidence file the pack carries (or, without embedded evidence,
 * lists) under its attachment name, with its size and SHA-256, and the head of the change log the
 * data was read at, and each register attached as CSV with its row count, size and SHA-256. Checked against the manifest's schema, the contract with `clausebook verify`.
 */
export function packManifestOf(data: PackData, meta: PackMeta): PackManifest {
  return packManifestSchema.parse({
    format: MANIFEST_FORMAT,
    packId: meta.packId,
    generatedAt: meta.generatedAt,
    clientOrganisation: data.engagement.clientOrganisation,
    changeLog: { entries: data.changeLog.entries, headHash: data.changeLog.headHash },
    evidenceEmbedded: data.options.embedEvidence,
    files: data.evidence.map((file) => ({
      attachmentName: file.attachmentName,
      evidenceCode: file.code,
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      effectiveDate: file.effectiveDate,
    })),
    registers: manifestRegisterFiles(data),
  });
}

/** The manifest as it is attached: indented JSON, so that a person can read it too. */
export function manifestBytes(manifest: PackManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}
