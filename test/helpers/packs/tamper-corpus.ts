import type { PackCheckId } from '../../../src-main/core/packs/verify/pack-verification';
import {
  appendIncrementalUpdate,
  countersign,
  firstPageContentOffset,
  flipByte,
  locateAttachment,
  nextObjectNumber,
  signatureContents,
} from './pack-tools';
import type { TestIdentity } from './test-identity';
import type { TestPack } from './test-pack';

/** A signed pack changed after signing, and the checks of verifyPack that must fail because of it. */
export interface TamperedPack {
  name: string;
  bytes: Buffer;
  failing: PackCheckId[];
}

/** The text an appended update swaps the first evidence file for. */
export const FORGED_EVIDENCE = 'Supplier register, reviewed 2026-03-01.\nNo open actions.\n';

/**
 * Every kind of change after signing that a pack must be rejected for, made to a pack the app
 * wrote: a byte changed in the page content, in an attachment and in the signature value; the
 * space reserved for the signature edited; an incremental update appended; the signature value
 * blanked; a second signature added. (The signature removed altogether, see unsignedRevision, is
 * refused as unsigned rather than reported.)
 */
export function tamperedPacks(pack: TestPack, identity: TestIdentity): TamperedPack[] {
  const signed = pack.pdf;
  const { start, end, der } = signatureContents(signed);

  // The signature value is the last element of the CMS: change a hex digit in its middle.
  const valueOffset = start + 1 + (der.length - 100) * 2;
  const signatureValue = Buffer.from(signed);
  signatureValue[valueOffset] = signatureValue[valueOffset] === 0x30 ? 0x31 : 0x30;

  const target = pack.evidence[0]!;
  const { fileSpecNum, dataStart } = locateAttachment(signed, target.attachmentName);
  const stream = nextObjectNumber(signed);
  const swapped = appendIncrementalUpdate(signed, [
    {
      num: stream,
      body: `<< /Type /EmbeddedFile /Length ${FORGED_EVIDENCE.length} >>\nstream\n${FORGED_EVIDENCE}\nendstream`,
    },
    {
      num: fileSpecNum,
      body: `<< /Type /Filespec /F (${target.attachmentName}) /UF (${target.attachmentName}) /EF << /F ${stream} 0 R >> >>`,
    },
  ]);

  const blanked = Buffer.concat([
    signed.subarray(0, start + 1),
    Buffer.alloc(end - start - 2, '0'),
    signed.subarray(end - 1),
  ]);

  return [
    {
      name: 'page-content',
      bytes: flipByte(signed, firstPageContentOffset(signed) + 20),
      failing: ['content-unchanged'],
    },
    {
      name: 'attachment',
      bytes: flipByte(signed, dataStart + 10),
      failing: ['content-unchanged', 'evidence-files'],
    },
    { name: 'signature-value', bytes: signatureValue, failing: ['signature-value'] },
    // The signature value is padded with zeros to the space reserved; a digit of the padding changed.
    { name: 'reserved-space', bytes: flipByte(signed, end - 20), failing: ['whole-file'] },
    { name: 'incremental-update', bytes: swapped, failing: ['whole-file', 'evidence-files'] },
    {
      name: 'blanked',
      bytes: blanked,
      failing: ['signature-value', 'content-unchanged', 'certificate-bound'],
    },
    {
      name: 'second-signature',
      bytes: countersign(signed, identity.unlocked, new Date('2026-03-03T08:00:00Z')),
      failing: ['one-signature', 'whole-file'],
    },
  ];
}
