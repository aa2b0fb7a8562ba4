import type { Content, TableCell } from 'pdfmake/interfaces';
import { MANIFEST_ATTACHMENT_NAME } from '../../pack-manifest';
import type { PackData, PackEvidenceFile } from '../pack-data';
import { aside, dataTableNode, emptyState, evidenceId, hashBlock, sectionHeading, sectionId } from './blocks';
import { formatCount, formatDate, formatSize, plural } from './format';
import { colour, size } from './theme';

/**
 * The evidence manifest: every file the pack carries (or, without embedded evidence, vouches for)
 * with its code, name, size and SHA-256. Each row is the destination of the links from the items,
 * and names the attachment as the reader's attachments panel lists it. The same list is attached
 * as JSON for `clausebook verify` and for anyone who wants to check the files by program.
 */
export function manifestSection(data: PackData): Content[] {
  const files = data.evidence;
  const totalBytes = files.reduce((sum, file) => sum + file.sizeBytes, 0);
  const intro = data.options.embedEvidence
    ? `${plural(files.length, 'evidence file')} (${formatSize(totalBytes)}) ${files.length === 1 ? 'is' : 'are'} attached to this PDF. Open them from your reader’s attachments panel (the paper clip), where each is listed under the name shown here. Each file’s SHA-256 fingerprint is given so that it can be compared with the attached file; “clausebook verify” does this for every file.`
    : `${plural(files.length, 'evidence file')} (${formatSize(totalBytes)}) ${files.length === 1 ? 'is' : 'are'} listed here but not attached to this PDF. The SHA-256 fingerprints let you check that copies you receive by other means are the files the assessment relied on.`;
  return [
    sectionHeading('Evidence manifest', sectionId('manifest')),
    { text: intro, style: 'lead' },
    {
      text: [
        'The same list is attached in machine-readable form as ',
        { text: MANIFEST_ATTACHMENT_NAME, bold: true },
        `; it also records the workspace’s change log (${plural(data.changeLog.entries, 'entry', 'entries')}) as it stood when the pack was made.`,
      ],
      fontSize: size.small,
      color: colour.muted,
      margin: [0, 0, 0, 8],
    },
    files.length === 0
      ? emptyState('No evidence files recorded.')
      : dataTableNode(
          [
            { header: 'Code', width: 46 },
            { header: 'File', width: '*' },
            { header: 'Effective', width: 52 },
            { header: 'Size', width: 50, alignment: 'right' },
            { header: 'SHA-256', width: 128 },
          ],
          files.map((file) => manifestRow(file, data.options.embedEvidence)),
        ),
  ];
}

function manifestRow(file: PackEvidenceFile, embedded: boolean): TableCell[] {
  return [
    { text: file.code, id: evidenceId(file.code), bold: true },
    {
      stack: [
        { text: file.fileName, bold: true },
        ...(file.description.trim() === '' ? [] : [aside(file.description)]),
        aside(embedded ? `Attachment: ${file.attachmentName}` : file.mediaType),
      ],
    },
    formatDate(file.effectiveDate),
    {
      // The exact count under a rounded size, so that the file can be checked to the byte.
      stack: [
        formatSize(file.sizeBytes),
        ...(file.sizeBytes < 1000 ? [] : [aside(`${formatCount(file.sizeBytes)} bytes`)]),
      ],
      alignment: 'right',
    },
    hashBlock(file.sha256),
  ];
}
