import { z } from 'zod';
import { certificateInfoSchema } from '../identity/certificate-info';
import { packManifestSchema } from '../pack-manifest';

/**
 * The report `verifyPack` gives: every check in words an auditor without PDF expertise can act
 * on, the signer, and each evidence file with its own verdict. The zod schema lets the API layer
 * carry it across the app's boundary unchanged.
 */

export const packCheckIds = [
  'one-signature', // exactly one signature
  'whole-file', // the ByteRange covers every byte but the signature value, and nothing was appended
  'content-unchanged', // the signed bytes hash to the signature's message digest
  'signature-value', // the signature value verifies with the certificate's public key
  'certificate-bound', // signing-certificate-v2 names the included certificate
  'pades-baseline', // ETSI.CAdES.detached with the PAdES B-B attributes and no CMS signing-time
  'certificate-period', // the stated signing time lies within the certificate's validity
  'manifest', // the evidence manifest is embedded and well formed
  'evidence-files', // every embedded file matches the manifest, none missing or extra
] as const;

export type PackCheckId = (typeof packCheckIds)[number];

export const packCheckSchema = z.strictObject({
  id: z.enum(packCheckIds),
  ok: z.boolean(),
  message: z.string(),
});

export const verifiedFileSchema = z.strictObject({
  attachmentName: z.string(),
  /** The name the consultant gave the file (from the manifest; the attachment name for unlisted files). */
  fileName: z.string(),
  /** What the manifest says (the actual size for unlisted files). */
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string(),
  /** Whether the file itself is inside the pack (a pack may list evidence without embedding it). */
  embedded: z.boolean(),
  ok: z.boolean(),
  problem: z.string().optional(),
});

export const packVerificationSchema = z.strictObject({
  /** Always true in a report: a PDF without a signature is refused with PACK_UNSIGNED instead. */
  signed: z.literal(true),
  /** True only when every check passed. */
  valid: z.boolean(),
  checks: z.array(packCheckSchema),
  /** The certificate in the signature; null when the signature value is too damaged to read. */
  signer: certificateInfoSchema.nullable(),
  /** The signing time the signer states (/M), ISO 8601; null when absent or unreadable. */
  signingTime: z.string().nullable(),
  /** The name, reason and location written in the signature. */
  signerName: z.string().nullable(),
  reason: z.string().nullable(),
  location: z.string().nullable(),
  coversWholeFile: z.boolean(),
  manifest: z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value: packManifestSchema }),
    z.strictObject({ ok: z.literal(false), reason: z.string() }),
  ]),
  files: z.array(verifiedFileSchema),
  /** SHA-256 of the whole file, to compare with the export history. */
  fileSha256: z.string(),
});

export type PackCheck = z.infer<typeof packCheckSchema>;
export type VerifiedFile = z.infer<typeof verifiedFileSchema>;
export type PackVerification = z.infer<typeof packVerificationSchema>;
