import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { ClausebookError } from '../../../api/errors';
import { describeCertificate } from '../identity/certificate-info';
import { CadesSigner, type SigningKey } from './cades-signer';

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

/**
 * placeholder-plain's startxref points at the newline just before the "xref" it appended, one
 * byte early; readers cope, but qpdf rightly warns. Point it at the keyword itself.
 */
function correctStartXref(pdf: Buffer): Buffer {
  const start = pdf.lastIndexOf('startxref');
  const match = /^startxref\s+(\d+)\s+%%EOF$/.exec(pdf.subarray(start).toString('latin1'));
  if (start === -1 || !match) return pdf;
  const offset = Number(match[1]);
  const pointsBeforeXref =
    (pdf[offset] === 0x0a || pdf[offset] === 0x0d) &&
    pdf.subarray(offset + 1, offset + 5).toString('latin1') === 'xref';
  if (!pointsBeforeXref) return pdf;
  return Buffer.concat([pdf.subarray(0, start), Buffer.from(`startxref\n${offset + 1}\n%%EOF`, 'latin1')]);
}

/**
 * Signs a whole PDF with a PAdES baseline B-B signature (sub-filter ETSI.CAdES.detached): an
 * invisible signature field is added as an incremental update, and its ByteRange covers every
 * byte of the result except the signature value itself, so any later change is detectable.
 * Works on any classic-xref PDF such as pdfkit and pdfmake write.
 */
export async function signPdf(pdf: Buffer, identity: SigningKey, options: SignPdfOptions): Promise<Buffer> {
  if (pdf.subarray(0, 1024).indexOf('%PDF-') === -1)
    throw new ClausebookError('NOT_A_PDF', 'The document to sign is not a PDF.');
  const { notBefore, notAfter } = describeCertificate(identity.certificateDer);
  const time = options.signingTime.toISOString();
  if (time < notBefore || time > notAfter)
    throw new ClausebookError(
      'IDENTITY_UNUSABLE',
      `The signing certificate is valid from ${notBefore.slice(0, 10)} to ${notAfter.slice(0, 10)}, not at the signing time ${time.slice(0, 10)}.`,
    );

  let prepared: Buffer;
  try {
    prepared = plainAddPlaceholder({
      pdfBuffer: pdf,
      reason: options.reason,
      contactInfo: options.contactInfo ?? '',
      name: options.signerName,
      location: options.location ?? '',
      signingTime: options.signingTime,
      signatureLength: signatureLength(identity),
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      appName: 'Clausebook',
    });
  } catch (error) {
    throw new ClausebookError(
      'PDF_UNSUPPORTED',
      `This PDF cannot be signed: its structure could not be read (${(error as Error).message}).`,
    );
  }
  return new SignPdf().sign(correctStartXref(prepared), new CadesSigner(identity));
}
