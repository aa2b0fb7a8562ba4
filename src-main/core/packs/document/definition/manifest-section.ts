import type { Content, TableCell } from 'pdfmake/interfaces';
import { MANIFEST_ATTACHMENT_NAME } from '../../pack-manifest';
import type { PackData, PackEvidenceFile } from '../pack-data';
import { aside, dataTableNode, emptyState, evidenceId, hashBlock, sectionHeading, sectionId } from './blocks';
import { formatCount, formatDate, formatSize, plural } from './format';
import { manifestRegisterFiles } from '../render/register-attachments';
import { REGISTER_PRINT_LIMIT } from '../register-limits';
import { colour, dataTable, MONO_FONT, size } from './theme';

/** Type size of a whole SHA-256 on one line of the compact manifest. */
const COMPACT_HASH_SIZE = 5.6;

/** The data table's rules with less padding, for a manifest of thousands of lines. */
const compactTable = { ...dataTable, paddingTop: () => 1.5, paddingBottom: () => 1.5 };

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
      : files.length > REGISTER_PRINT_LIMIT
        ? compactManifestTable(files)
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
    ...registerFilesTable(data),
  ];
}

/**
 * A long manifest one line per file: code, name, exact size and the whole SHA-256 on one line,
 * which is what checking a file needs. Descriptions are in the items that cite the files and in
 * the JSON manifest.
 */
function compactManifestTable(files: readonly PackEvidenceFile[]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [46, '*', 52, 228],
      body: [
        ['Code', 'File', 'Bytes', 'SHA-256'].map((header, index) => ({
          text: header,
          style: 'tableHeader',
          alignment: index === 2 ? 'right' : 'left',
        })),
        ...files.map((file): TableCell[] => [
          { text: file.code, id: evidenceId(file.code), bold: true },
          file.fileName,
          { text: formatCount(file.sizeBytes), alignment: 'right' },
          { text: file.sha256, font: MONO_FONT, fontSize: COMPACT_HASH_SIZE, noWrap: true },
        ]),
      ],
    },
    layout: compactTable,
    fontSize: size.tiny,
  };
}

/** The registers attached as CSV files, each with its records, size and SHA-256. */
function registerFilesTable(data: PackData): Content[] {
  const registers = manifestRegisterFiles(data);
  if (registers.length === 0) return [];
  return [
    { text: 'Register files', style: 'h3' },
    {
      text: 'Each register is attached in full, as the CSV “clausebook export” writes; “clausebook verify” checks these files against the signed manifest too.',
      fontSize: size.small,
      color: colour.muted,
      margin: [0, 0, 0, 6],
    },
    dataTableNode(
      [
        { header: 'Attachment', width: '*' },
        { header: 'Records', width: 50, alignment: 'right' },
        { header: 'Size', width: 50, alignment: 'right' },
        { header: 'SHA-256', width: 128 },
      ],
      registers.map((file) => [
        { text: file.attachmentName, bold: true },
        { text: formatCount(file.rowCount), alignment: 'right' },
        { text: formatSize(file.sizeBytes), alignment: 'right' },
        hashBlock(file.sha256),
      ]),
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
