import type { SigningKey } from './cades-signature';

export interface SignPdfOptions {
  /** The time the signer claims; written as the signature dictionary's /M (PAdES has no CMS signing-time). */
  signingTime: Date;
  /** Shown by readers as who signed (/Name). */
  signerName: string;
  /** Why the document was signed (/Reason). */
  reason: string;
  location?: string;
  contactInfo?: string;
}

// Room for the CMS beyond its certificates and signature value: attributes, names, structure.
const CMS_OVERHEAD_BYTES = 2048;

/** Bytes to reserve for the signature: generous for this identity, so it never fails to fit. */
export function signatureLength(identity: SigningKey): number {
  const certificates = [identity.certificateDer, ...identity.chainDer].reduce(
    (sum, der) => sum + der.length,
    0,
  );
  const { modulusLength } = identity.privateKey.asymmetricKeyDetails ?? {};
  const signatureBytes = modulusLength ? Math.ceil(modulusLength / 8) : 160; // EC signatures stay below 160
  return Math.ceil((certificates + signatureBytes + CMS_OVERHEAD_BYTES) / 1024) * 1024;
}
