import { z } from 'zod';
import { certificateInfoSchema } from '../../core/packs/identity/certificate-info';
import { packClauseNumbers, packOptionsSchema } from '../../core/packs/document/pack-options';
import { packVerificationSchema } from '../../core/packs/verify/pack-verification';
import { filePath } from './workspace';

/**
 * Signed evidence packs: the signing identities that sign them, the export itself (a background
 * job, so the app stays responsive while a large pack is written), its history in the workspace,
 * and the verification of a pack an auditor received.
 */

export const packOptions = packOptionsSchema;
const defaultOptions = { clauses: [...packClauseNumbers], includeInternalNotes: false, embedEvidence: true };

const fingerprint = z
  .string()
  .regex(/^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/, 'Not a certificate fingerprint (SHA-256, as AB:CD:…).');

/** The passphrase protecting a signing identity; it never leaves the main process afterwards. */
export const passphrase = z
  .string({ error: 'Enter the passphrase.' })
  .min(1, 'Enter the passphrase.')
  .max(1024, 'The passphrase must be at most 1024 characters.');

export const certificateInfo = certificateInfoSchema;

export const identityCreateInput = z.strictObject({
  name: z.string().trim().min(1, 'Enter your name.').max(200),
  organisation: z.string().trim().min(1, 'Enter your organisation.').max(200),
  email: z.email({ error: 'Enter an email address such as name@example.com.' }).max(254),
  passphrase: passphrase.min(8, 'Choose a passphrase of at least 8 characters.'),
});

/** A PKCS#12 file (.p12/.pfx) from a certificate authority, as base64 (at most 1 MiB). */
export const identityImportInput = z.strictObject({
  fileName: z.string().max(255).default(''),
  content: z
    .base64({ error: 'The identity file content must be base64.' })
    .max(1_400_000, 'A PKCS#12 file is a few kilobytes; this one is over 1 MiB.'),
  passphrase,
});

export const identityImportFileInput = z.strictObject({ path: filePath, passphrase });
export const identityRef = z.strictObject({ fingerprint });

export const identityList = z.object({ identities: z.array(certificateInfo) });
export const certificateExport = z.object({ fileName: z.string(), pem: z.string() });

/** Which identity signs: one kept by the app (by fingerprint) or, from the CLI, a .p12 file. */
const signingIdentity = z.union([z.strictObject({ fingerprint }), z.strictObject({ p12Path: filePath })]);

export const packStartInput = z.strictObject({
  fingerprint,
  passphrase,
  options: packOptions.default(defaultOptions),
});

export const packStartFileInput = z.strictObject({
  outputPath: filePath,
  identity: signingIdentity,
  passphrase,
  options: packOptions.default(defaultOptions),
});

export const packJobRef = z.strictObject({ jobId: z.uuid({ error: 'Not a pack job id.' }) });
export const packJobStarted = z.object({ jobId: z.uuid(), packId: z.string() });

export const packExport = z.object({
  id: z.string(),
  packId: z.string(),
  createdAt: z.string(),
  fileName: z.string(),
  signer: z.object({ name: z.string(), organisation: z.string(), fingerprintSha256: z.string() }),
  options: z.object({
    clauses: z.array(z.string()),
    includeInternalNotes: z.boolean(),
    embedEvidence: z.boolean(),
  }),
  evidenceFiles: z.number().int(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  changeLogHead: z.string().nullable(),
});

export const packJob = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('running'),
    packId: z.string(),
    phase: z.string(),
    done: z.number(),
    total: z.number(),
  }),
  z.object({ state: z.literal('done'), packId: z.string(), export: packExport }),
  z.object({
    state: z.literal('failed'),
    packId: z.string(),
    error: z.object({ code: z.string(), message: z.string() }),
  }),
]);

export const packHistory = z.object({ exports: z.array(packExport) });
export const packDownload = z.object({ fileName: z.string(), content: z.base64() });

/** A pack to verify, uploaded by the page (at most 140 MiB, the largest pack the UI accepts). */
export const packVerifyInput = z.strictObject({
  fileName: z.string().max(255).default(''),
  content: z
    .base64({ error: 'The pack content must be base64.' })
    .max(190_000_000, 'Packs over 140 MiB are verified with the CLI: clausebook verify <pack.pdf>.'),
});
export const packVerifyFileInput = z.strictObject({ path: filePath });
export const packVerified = z.object({
  /** Names the verified pack for `packs.verifiedFile`, while it is the last one verified. */
  verificationId: z.uuid(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  report: packVerificationSchema,
});
export const verifiedFileInput = z.strictObject({
  verificationId: z.uuid({ error: 'Not a verification id.' }),
  attachmentName: z.string().min(1).max(1000),
});

export type CertificateInfo = z.output<typeof certificateInfo>;
export type PackExport = z.output<typeof packExport>;
export type PackJob = z.output<typeof packJob>;
