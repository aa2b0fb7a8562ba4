import { Signer } from '@signpdf/signpdf';
import { buildCadesSignature, type SigningKey } from './cades-signature';

export type { SigningKey };

/** @signpdf's hook for making the signature value: ours builds a PAdES B-B CMS (see cades-signature). */
export class CadesSigner extends Signer {
  constructor(private readonly identity: SigningKey) {
    super();
  }

  override async sign(signedBytes: Buffer): Promise<Buffer> {
    return buildCadesSignature(signedBytes, this.identity);
  }
}
