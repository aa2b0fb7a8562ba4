import { ClausebookError } from '../../../api/errors';
import { describeCertificate } from '../identity/certificate-info';
import { closingText } from '../pdf-write/incremental-update';
import type { PdfSink } from '../pdf-write/pdf-sink';
import { pdfDate, pdfDict, pdfRef, pdfText } from '../pdf-write/pdf-syntax';
import type { Revision } from '../pdf-write/revision';
import { buildCadesSignatureOfDigest, type SigningKey } from './cades-signature';
import { signatureLength, type SignPdfOptions } from './signature-options';

/** Room for one ByteRange number: ten digits reach 9.3 GiB; padded with spaces to keep its place. */
const RANGE_WIDTH = 10;

/**
 * Signs the document written to the sink so far with a PAdES baseline B-B signature (sub-filter
 * ETSI.CAdES.detached), as a last incremental update: an invisible signature field on the first
 * page, the form that lists it, and the signature dictionary. The update is small and laid out in
 * memory whole, so every offset (and so the ByteRange) is known before a byte of it is written;
 * the digest continues the sink's running SHA-256, so the document is never read back. The
 * ByteRange covers every byte of the file except the signature value itself.
 */
export function appendSignature(
  sink: PdfSink,
  base: Revision,
  identity: SigningKey,
  options: SignPdfOptions,
): void {
  const { notBefore, notAfter } = describeCertificate(identity.certificateDer);
  const time = options.signingTime.toISOString();
  if (time < notBefore || time > notAfter)
    throw new ClausebookError(
      'IDENTITY_UNUSABLE',
      `The signing certificate is valid from ${notBefore.slice(0, 10)} to ${notAfter.slice(0, 10)}, not at the signing time ${time.slice(0, 10)}.`,
    );
  if (base.catalog.has('AcroForm')) throw new Error('the document already has a form');

  const reserved = signatureLength(identity);
  const placeholder = '0'.repeat(reserved * 2);
  const rangeSlot = ' '.repeat(RANGE_WIDTH);
  let next = base.size;
  const signature = next++;
  const widget = next++;
  const form = next++;

  const pageEntries = new Map(base.firstPage.entries);
  const annotations = pageEntries.get('Annots');
  pageEntries.set(
    'Annots',
    annotations?.startsWith('[') ? `${annotations.slice(0, -1)} ${pdfRef(widget)}]` : `[${pdfRef(widget)}]`,
  );
  const catalog = new Map(base.catalog).set('AcroForm', pdfRef(form));
  const objects: [number, string][] = [
    [
      widget,
      pdfDict([
        ['Type', '/Annot'],
        ['Subtype', '/Widget'],
        ['FT', '/Sig'],
        ['Rect', '[0 0 0 0]'],
        ['V', pdfRef(signature)],
        ['T', pdfText('Signature1')],
        ['F', '4'],
        ['P', pdfRef(base.firstPage.num)],
      ]),
    ],
    [
      form,
      pdfDict([
        ['Fields', `[${pdfRef(widget)}]`],
        ['SigFlags', '3'],
      ]),
    ],
    [base.firstPage.num, pdfDict(pageEntries)],
    [base.rootNum, pdfDict(catalog)],
    [
      signature,
      pdfDict([
        ['Type', '/Sig'],
        ['Filter', '/Adobe.PPKLite'],
        ['SubFilter', '/ETSI.CAdES.detached'],
        ['ByteRange', `[0 ${rangeSlot} ${rangeSlot} ${rangeSlot}]`],
        ['Contents', `<${placeholder}>`],
        ['Reason', pdfText(options.reason)],
        ['M', pdfDate(options.signingTime)],
        ['Name', pdfText(options.signerName)],
        ['Location', pdfText(options.location ?? '')],
        ['ContactInfo', pdfText(options.contactInfo ?? '')],
        ['Prop_Build', pdfDict([['App', pdfDict([['Name', '/Clausebook']])]])],
      ]),
    ],
  ];

  const start = sink.position;
  const offsets = new Map<number, number>();
  let body = '';
  for (const [num, text] of objects) {
    offsets.set(num, start + body.length);
    body += `${num} 0 obj\n${text}\nendobj\n`;
  }
  const xrefOffset = start + body.length;
  let update = body + closingText(offsets, base, next, xrefOffset);

  // The signature value's hex string: from its "<" to just past its ">".
  const contentsAt = update.lastIndexOf(`<${placeholder}>`);
  const contentsStart = start + contentsAt;
  const contentsEnd = contentsStart + placeholder.length + 2;
  const total = start + update.length;
  const range = [contentsStart, contentsEnd, total - contentsEnd].map((value) =>
    String(value).padEnd(RANGE_WIDTH, ' '),
  );
  update = update.replace(`[0 ${rangeSlot} ${rangeSlot} ${rangeSlot}]`, `[0 ${range.join(' ')}]`);

  const signed = sink.hashSoFar();
  signed.update(update.slice(0, contentsAt), 'latin1');
  signed.update(update.slice(contentsAt + placeholder.length + 2), 'latin1');
  const cms = buildCadesSignatureOfDigest(signed.digest(), identity);
  if (cms.byteLength > reserved)
    throw new Error(`the signature needs ${cms.byteLength} bytes, more than the ${reserved} reserved`);
  const hex = cms.toString('hex').padEnd(placeholder.length, '0');
  sink.write(update.slice(0, contentsAt + 1) + hex + update.slice(contentsAt + 1 + hex.length));
}
