import { z } from 'zod';

/**
 * Who signs a pack, as its cover shows them: so that the auditor can compare the certificate
 * fingerprint with the one the consultant gave them.
 */
export const packSignerSchema = z.strictObject({
  name: z.string().trim().min(1, 'The signer has no name.').max(200),
  organisation: z.string().trim().max(200),
  email: z.string().trim().max(320),
  /** SHA-256 of the signer's certificate (DER), as 64 hexadecimal digits, with or without colons. */
  fingerprintSha256: z
    .string()
    .transform((value) => value.replace(/[\s:]/g, '').toLowerCase())
    .pipe(
      z
        .string()
        .regex(/^[0-9a-f]{64}$/, 'The certificate fingerprint must be a SHA-256: 64 hexadecimal digits.'),
    ),
});

export type PackSigner = z.output<typeof packSignerSchema>;
export type PackSignerInput = z.input<typeof packSignerSchema>;
