import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PackItem } from '../pack-data';
import { dataTableNode, evidenceId, hashBlock, joined, pageNumberOf, statusChip } from './blocks';
import { formatDate } from './format';
import { findingTypeShort, recordText } from './labels';
import { colour, plainLayout, size, statusColour } from './theme';

/** Below this much text an item is kept on one page; a longer one may run over a page break. */
const KEEP_TOGETHER_CHARACTERS = 1200;

/**
 * One requirement item as the auditor reads it: a bar in the colour of its status, its id and
 * summary with the status, then who owns it and by when, who was interviewed, the agreement that
 * controls it when another party operates it, the client-facing notes, the consultant's internal
 * notes only when the consultant chose to include them (set apart and labelled), the evidence
 * files with their fingerprints and a link to each file's entry in the manifest, the register
 * records it cites and the findings raised against it.
 */
export function itemBlock(item: PackItem): Content {
  const details: Content[] = [
    {
      columns: [
        {
          text: [
            { text: `${item.id}   `, color: colour.muted, fontSize: size.small },
            { text: item.summary, bold: true },
          ],
          width: '*',
        },
        { ...statusChip(item.status), width: 'auto', margin: [8, 0, 0, 0] },
      ],
    },
  ];
  const facts = joined([
    item.owner && `Owner: ${item.owner}`,
    item.dueDate && `Due ${formatDate(item.dueDate)}`,
    item.interviewees.length > 0 && `Interviewed: ${item.interviewees.join(', ')}`,
  ]);
  if (facts !== '')
    details.push({ text: facts, fontSize: size.small, color: colour.muted, margin: [0, 2, 0, 0] });
  if (item.operatedBy) {
    details.push({
      text: [
        'Operated by another party under ',
        { text: recordText(item.operatedBy), bold: true },
        ', the agreement that controls it (8.2.3).',
      ],
      fontSize: size.small,
      margin: [0, 3, 0, 0],
    });
  }
  if (item.clientNotes.trim() !== '') {
    details.push({ text: item.clientNotes, margin: [0, 4, 0, 0], lineHeight: 1.2 });
  }
  if (item.internalNotes !== null && item.internalNotes.trim() !== '') {
    details.push(internalNote(item.internalNotes));
  }
  if (item.evidence.length > 0) details.push(evidenceTable(item));
  if (item.citedRecords.length > 0) {
    details.push(labelled('Register records', item.citedRecords.map(recordText).join('; ')));
  }
  if (item.findings.length > 0) {
    details.push(
      labelled(
        'Findings',
        item.findings
          .map(
            (finding) =>
              `${finding.code} ${findingTypeShort[finding.type]} (${finding.status}): ${finding.title}`,
          )
          .join('; '),
      ),
    );
  }

  const textLength =
    item.summary.length +
    item.clientNotes.length +
    (item.internalNotes?.length ?? 0) +
    item.evidence.length * 120;
  return {
    table: {
      widths: [2.5, '*'],
      body: [[{ text: '', fillColor: statusColour[item.status] }, { stack: details }]],
    },
    layout: {
      ...plainLayout,
      paddingLeft: (index: number) => (index === 0 ? 0 : 9),
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 0, 0, 7],
    unbreakable: textLength < KEEP_TOGETHER_CHARACTERS,
  };
}

function internalNote(text: string): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              {
                text: 'INTERNAL NOTE · THE CONSULTANT’S OWN, INCLUDED AT THEIR CHOICE',
                style: 'label',
                color: '#8a6212',
                margin: [0, 0, 0, 2],
              },
              { text, fontSize: size.small, lineHeight: 1.2 },
            ],
            fillColor: colour.internal,
          },
        ],
      ],
    },
    layout: {
      ...plainLayout,
      vLineWidth: (index: number) => (index === 0 ? 2 : 0),
      vLineColor: () => colour.internalRule,
      paddingLeft: () => 7,
      paddingRight: () => 6,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 5, 0, 0],
  };
}

/**
 * The files supporting an item. Each code links to the file's row in the evidence manifest (with
 * its page number for print), where the attachment is named as the reader lists it. The link is an
 * internal one rather than a file-attachment annotation: readers and `pdfdetach` list every such
 * annotation as an attachment of its own, so a file cited by three items would appear four times
 * in the attachments panel, and the manifest would no longer be the one list of what is attached.
 */
function evidenceTable(item: PackItem): Content {
  const rows: TableCell[][] = item.evidence.map((file) => [
    {
      text: file.code,
      linkToDestination: evidenceId(file.code),
      color: colour.accent,
      bold: true,
      noWrap: true,
    },
    file.fileName,
    { text: formatDate(file.effectiveDate), noWrap: true },
    hashBlock(file.sha256),
    {
      // Left-aligned: pdfmake sizes the number's place for five digits before it knows the page.
      text: ['p. ', pageNumberOf(evidenceId(file.code))],
      linkToDestination: evidenceId(file.code),
      color: colour.accent,
      noWrap: true,
    },
  ]);
  return {
    stack: [
      dataTableNode(
        [
          { header: 'Evidence', width: 44 },
          { header: 'File', width: '*' },
          { header: 'Effective', width: 50 },
          { header: 'SHA-256', width: 128 },
          { header: 'Manifest', width: 40 },
        ],
        rows,
      ),
    ],
    fontSize: size.tiny + 0.5,
    margin: [0, 5, 0, 0],
  };
}

function labelled(label: string, text: string): Content {
  return {
    text: [{ text: `${label}: `, bold: true, color: colour.muted }, text],
    fontSize: size.small,
    margin: [0, 4, 0, 0],
  };
}
