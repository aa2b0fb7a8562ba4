import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PackData, PackFinding } from '../pack-data';
import { dataTableNode, emptyState, evidenceId, joined, sectionHeading, sectionId } from './blocks';
import { formatDate } from './format';
import { actionStatusLabel, findingTypeLabel, recordText } from './labels';
import { colour, findingColour, size } from './theme';

/**
 * Findings and corrective actions: each finding with its type, what it concerns (items and
 * register records), and its corrective action with owner, due date, progress and the evidence
 * that closed it. Open findings first, then closed, each by code.
 */
export function findingsSection(data: PackData): Content[] {
  const findings = [...data.findings].sort(
    (a, b) => Number(a.status === 'closed') - Number(b.status === 'closed') || a.code.localeCompare(b.code),
  );
  return [
    sectionHeading('Findings and corrective actions', sectionId('findings')),
    {
      text: 'Nonconformities, observations and opportunities for improvement raised while preparing for the audit, with the action taken on each. A nonconformity is closed only once its corrective action has been verified as effective.',
      style: 'lead',
    },
    findings.length === 0
      ? emptyState('No findings recorded.')
      : dataTableNode(
          [
            { header: 'Finding', width: 50 },
            { header: 'What was found', width: '*' },
            { header: 'Corrective action', width: 170 },
            { header: 'Status', width: 44 },
          ],
          findings.map(findingRow),
        ),
  ];
}

function findingRow(finding: PackFinding): TableCell[] {
  const concerns: Content[] = [];
  if (finding.items.length > 0) {
    concerns.push({
      text: [
        { text: 'Items: ', bold: true },
        finding.items.map((item) => `${item.id} ${item.summary}`).join('; '),
      ],
      fontSize: size.tiny + 0.5,
      color: colour.muted,
      margin: [0, 3, 0, 0],
    });
  }
  if (finding.records.length > 0) {
    concerns.push({
      text: [{ text: 'Records: ', bold: true }, finding.records.map(recordText).join('; ')],
      fontSize: size.tiny + 0.5,
      color: colour.muted,
      margin: [0, 2, 0, 0],
    });
  }
  return [
    {
      stack: [
        { text: finding.code, bold: true },
        { text: `Raised ${formatDate(finding.raisedOn)}`, fontSize: size.tiny, color: colour.muted },
      ],
    },
    {
      stack: [
        {
          text: findingTypeLabel[finding.type].toUpperCase(),
          style: 'label',
          color: findingColour[finding.type],
        },
        { text: finding.title, bold: true, margin: [0, 1, 0, 0] },
        ...(finding.description.trim() === '' ? [] : [{ text: finding.description, margin: [0, 2, 0, 0] }]),
        ...concerns,
      ] as Content[],
    },
    { stack: correctiveAction(finding) },
    {
      text: finding.status === 'open' ? 'Open' : 'Closed',
      bold: true,
      color: finding.status === 'open' ? colour.ink : colour.muted,
    },
  ];
}

function correctiveAction(finding: PackFinding): Content[] {
  const action = finding.correctiveAction;
  const nonconformity = finding.type === 'major_nc' || finding.type === 'minor_nc';
  if (action.description.trim() === '' && action.status === 'not_started') {
    // Observations and opportunities need no corrective action; a nonconformity without one is a gap.
    return [
      nonconformity
        ? { text: 'No corrective action described yet.', italics: true, color: findingColour.major_nc }
        : { text: 'None recorded.', italics: true, color: colour.muted },
    ];
  }
  const facts = joined([
    action.owner && `Owner: ${action.owner}`,
    action.dueDate && `due ${formatDate(action.dueDate)}`,
  ]);
  return [
    action.description.trim() === ''
      ? { text: 'Not described.', italics: true, color: colour.muted }
      : { text: action.description },
    ...(facts === '' ? [] : [{ text: facts, fontSize: size.tiny + 0.5, color: colour.muted }]),
    { text: actionStatusLabel[action.status], bold: true, fontSize: size.tiny + 0.5, margin: [0, 2, 0, 0] },
    ...(action.closureEvidence.length === 0
      ? []
      : [
          {
            text: [
              { text: 'Closed with: ', bold: true },
              ...action.closureEvidence.flatMap((file, index) => [
                ...(index > 0 ? ['; '] : []),
                { text: file.code, linkToDestination: evidenceId(file.code), color: colour.accent },
                ` ${file.fileName}`,
              ]),
            ],
            fontSize: size.tiny + 0.5,
            margin: [0, 2, 0, 0],
          },
        ]),
  ] as Content[];
}
