import type { Content, TableCell } from 'pdfmake/interfaces';
import { auditTypeLabels } from '../../../../api/schemas/engagement';
import { MANIFEST_ATTACHMENT_NAME } from '../../pack-manifest';
import type { PackData } from '../pack-data';
import type { PackMeta } from '../pack-meta';
import { packClauseNumbers } from '../pack-options';
import { fieldLabel, hashBlock, joined } from './blocks';
import { fingerprintLines, formatLongDate, formatTimestamp, plural } from './format';
import { colour, CONTENT_WIDTH, MONO_FONT, plainLayout, size } from './theme';

/**
 * The cover: whose pack this is and for which audit, who prepared and signed it, which pack it is,
 * and how to check the signature, with the signer certificate's fingerprint large enough to read
 * out and compare with the one the consultant gave the auditor.
 */
export function coverPage(data: PackData, meta: PackMeta): Content[] {
  const { engagement, options } = data;
  const signer = meta.signer;
  const allClauses = options.clauses.length === packClauseNumbers.length;
  const contact = joined([signer.organisation, signer.email]);
  const details: [string, Content][] = [
    ['Audit', auditTypeLabels[engagement.auditType]],
    [
      'Planned audit date',
      engagement.plannedAuditDate === null ? 'Not yet planned' : formatLongDate(engagement.plannedAuditDate),
    ],
    ['Standard', data.library.standard],
    [
      'Clauses in this pack',
      allClauses ? 'All clauses, 4 to 10' : `${clauseList(options.clauses)} only; the others are left out`,
    ],
    [
      'Prepared by',
      {
        text: [{ text: signer.name, bold: true }, contact === '' ? '' : `\n${contact}`],
      },
    ],
    ['Pack id', { text: meta.packId, font: MONO_FONT, fontSize: size.body }],
    ['Generated', formatTimestamp(meta.generatedAt)],
    ['Registers as of', formatLongDate(data.today)],
    [
      'Evidence',
      data.evidence.length === 0
        ? `No evidence files; the manifest is attached all the same (${MANIFEST_ATTACHMENT_NAME})`
        : options.embedEvidence
          ? `${plural(data.evidence.length, 'file')} embedded as attachments, with their manifest (${MANIFEST_ATTACHMENT_NAME})`
          : `${plural(data.evidence.length, 'file')} listed in the manifest (${MANIFEST_ATTACHMENT_NAME}); the files are not embedded`,
    ],
    [
      'Internal notes',
      options.includeInternalNotes ? 'Included, marked as the consultant’s own' : 'Not included',
    ],
    [
      'Change log',
      data.changeLog.headHash === null
        ? 'No changes recorded'
        : {
            stack: [
              `${plural(data.changeLog.entries, 'entry', 'entries')}; the newest entry’s hash:`,
              hashBlock(data.changeLog.headHash, [0, 2, 0, 0]),
            ],
          },
    ],
  ];

  return [
    {
      canvas: [{ type: 'rect', x: 0, y: 0, w: 48, h: 4, color: colour.accent }],
      margin: [0, 30, 0, 16],
    },
    {
      text: `EVIDENCE PACK · ${data.library.standard}`,
      style: 'label',
      fontSize: size.small,
      color: colour.accent,
    },
    {
      text: engagement.clientOrganisation,
      fontSize: size.coverTitle,
      bold: true,
      color: colour.ink,
      lineHeight: 1.1,
      margin: [0, 8, 0, 10],
    },
    engagement.scopeStatement.trim() === ''
      ? { text: 'No scope statement has been recorded for this engagement.', style: 'empty' }
      : { stack: [fieldLabel('Scope'), { text: engagement.scopeStatement, style: 'lead' }] },
    {
      table: {
        widths: [118, '*'],
        body: details.map(([label, value]): TableCell[] => [
          { text: label, color: colour.muted },
          typeof value === 'string' ? { text: value } : value,
        ]),
      },
      layout: {
        ...plainLayout,
        hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
          index === 0 || index === node.table.body.length ? 0 : 0.4,
        hLineColor: () => colour.rule,
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
      fontSize: size.body,
      margin: [0, 6, 0, 18],
    },
    signaturePanel(meta),
  ];
}

function signaturePanel(meta: PackMeta): Content {
  const { signer } = meta;
  return {
    table: {
      widths: [CONTENT_WIDTH - 28],
      body: [
        [
          {
            stack: [
              fieldLabel('Signer certificate · SHA-256 fingerprint'),
              {
                text: fingerprintLines(signer.fingerprintSha256).join('\n'),
                font: MONO_FONT,
                fontSize: 9.5,
                lineHeight: 1.25,
                color: colour.ink,
                margin: [0, 3, 0, 8],
              },
              {
                text: [
                  { text: 'To check this pack, ', bold: true },
                  `open the signature panel of your PDF reader, or run “clausebook verify <this file>”: the signature must be valid, cover the whole document, and come from a certificate with the fingerprint above — the one ${signer.name} gave you${signer.organisation === '' ? '' : ` for ${signer.organisation}`}.`,
                ],
                fontSize: size.small,
                color: colour.ink,
                lineHeight: 1.25,
              },
            ],
            fillColor: colour.accentSoft,
            margin: [10, 10, 10, 10],
          },
        ],
      ],
    },
    layout: { ...plainLayout, paddingLeft: () => 4, paddingRight: () => 4 },
    unbreakable: true,
  };
}

/** "Clause 9", "Clauses 4 and 8", "Clauses 4, 5 and 8". */
function clauseList(numbers: readonly string[]): string {
  if (numbers.length === 1) return `Clause ${numbers[0]}`;
  return `Clauses ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}
