import { z } from 'zod';

/**
 * The evidence manifest of a pack: the contract between the pack writer and `clausebook verify`.
 *
 * It is embedded in the pack as a JSON attachment named MANIFEST_ATTACHMENT_NAME. Because the
 * signature covers the whole file, the manifest is signed too; verify then checks that every
 * other embedded file has the size and SHA-256 the manifest gives for it, and that no embedded
 * file is missing from the manifest or present without being listed. The register CSV files the
 * pack attaches are listed and checked the same way.
 */
export const MANIFEST_ATTACHMENT_NAME = 'clausebook-manifest.json';
export const MANIFEST_FORMAT = 'clausebook-pack-manifest/1';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestFileSchema = z.strictObject({
  /** The attachment's name inside the PDF: unique in the pack (code + cleaned file name). */
  attachmentName: z.string().min(1),
  /** The evidence record's code (EV-0001…). */
  evidenceCode: z.string().min(1),
  /** The name the consultant gave the file, shown to the auditor. */
  fileName: z.string().min(1),
  mediaType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: sha256Hex,
  effectiveDate: z.string().nullable(),
});

/** A register attached in full as CSV (packs made before registers were attached have none). */
export const manifestRegisterFileSchema = z.strictObject({
  /** The attachment's name inside the PDF, e.g. "agreements.csv". */
  attachmentName: z.string().min(1),
  /** The register as `clausebook export` names it. */
  register: z.string().min(1),
  /** Records in the file, not counting the header line. */
  rowCount: z.number().int().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: sha256Hex,
});

export const packManifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  packId: z.string().min(1),
  generatedAt: z.string(),
  clientOrganisation: z.string(),
  /** Head of the workspace's change-log hash chain when the pack was made (null for an empty log). */
  changeLog: z.strictObject({ entries: z.number().int().nonnegative(), headHash: z.string().nullable() }),
  /** Whether the files themselves are embedded, or only listed here. */
  evidenceEmbedded: z.boolean(),
  files: z.array(manifestFileSchema),
  /** The registers attached in full as CSV files; always embedded, whatever evidenceEmbedded says. */
  registers: z.array(manifestRegisterFileSchema).optional(),
});

export type ManifestFile = z.infer<typeof manifestFileSchema>;
export type ManifestRegisterFile = z.infer<typeof manifestRegisterFileSchema>;
export type PackManifest = z.infer<typeof packManifestSchema>;
