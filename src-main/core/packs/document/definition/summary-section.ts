import type { Content, TableCell } from 'pdfmake/interfaces';
import { findingTypes } from '../../../../api/schemas/findings';
import { stackedBarSvg } from '../charts/stacked-bar';
import type { PackClauseProgress, PackData } from '../pack-data';
import { dataTableNode, emptyState, sectionHeading, sectionId } from './blocks';
import { formatCount, formatDate, formatLongDate, formatShare, plural } from './format';
import { findingTypeLabel, severityLabel, statusLabel, statusOrder } from './labels';
import {
  colour,
  CONTENT_WIDTH,
  findingColour,
  plainLayout,
  severityColour,
  size,
  statusColour,
} from './theme';

const LABEL_WIDTH = 196;
const COUNT_WIDTH = 76;
const GAP = 8;
export const READINESS_BAR_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - COUNT_WIDTH - 2 * GAP;
const BAR_HEIGHT = 9;

const assessed = (progress: PackClauseProgress) => progress.total - progress.counts.not_assessed;

/**
 * The summary: where the assessment stands (counts by status, and per clause as a chart of the
 * share of items in each status), the findings still open by type, and what the readiness checks
 * found in the registers.
 */
export function summarySection(data: PackData): Content[] {
  const { overall } = data.progress;
  return [
    sectionHeading('Summary', sectionId('summary')),
    {
      text: `Where the preparation for the audit stands: ${formatCount(assessed(overall))} of ${plural(overall.total, 'requirement item')} in the clauses of this pack have been assessed. The registers were judged as they stood on ${formatLongDate(data.today)}.`,
      style: 'lead',
    },
    statusTiles(overall),
    { text: 'Readiness by clause', style: 'h2' },
    readinessChart(data.progress.clauses),
    { text: 'Open findings', style: 'h2' },
    openFindings(data),
    { text: 'Readiness checks on the registers', style: 'h2' },
    ...readinessChecks(data),
  ];
}

function statusTiles(overall: PackClauseProgress): Content {
  const tile = (count: number, label: string, accent: string): TableCell => ({
    stack: [
      { text: formatCount(count), fontSize: 16, bold: true, color: colour.ink },
      { text: label, fontSize: size.tiny + 0.5, color: colour.muted, margin: [0, 1, 0, 0] },
      { text: formatShare(count, overall.total), fontSize: size.tiny + 0.5, color: accent, bold: true },
    ],
    margin: [8, 6, 6, 6],
  });
  return {
    table: {
      widths: statusOrder.map(() => '*'),
      body: [
        statusOrder.map((status) =>
          // The grey of "not assessed" is too light for text: its share is set in the muted ink.
          tile(
            overall.counts[status],
            statusLabel[status],
            status === 'not_assessed' ? colour.muted : statusColour[status],
          ),
        ),
      ],
    },
    layout: {
      ...plainLayout,
      vLineWidth: (index) => (index === 0 || index === statusOrder.length ? 0 : 2),
      vLineColor: () => '#ffffff',
      fillColor: () => colour.panel,
    },
    margin: [0, 2, 0, 4],
  };
}

function readinessChart(clauses: readonly PackClauseProgress[]): Content {
  if (clauses.length === 0) return emptyState('No clause is included in this pack.');
  const rows: TableCell[][] = clauses.map((clause) => [
    { text: `${clause.number}  ${clause.title}`, fontSize: size.small, color: colour.ink },
    {
      svg: stackedBarSvg(
        statusOrder.map((status) => ({ value: clause.counts[status], colour: statusColour[status] })),
        { width: READINESS_BAR_WIDTH, height: BAR_HEIGHT },
      ),
      width: READINESS_BAR_WIDTH,
      margin: [0, 1, 0, 0],
    },
    {
      text:
        clause.total === 0
          ? 'No items'
          : `${formatCount(assessed(clause))} of ${formatCount(clause.total)} assessed`,
      fontSize: size.tiny + 0.5,
      color: colour.muted,
      alignment: 'right',
    },
  ]);
  return {
    stack: [
      {
        table: { widths: [LABEL_WIDTH, READINESS_BAR_WIDTH, COUNT_WIDTH], body: rows, dontBreakRows: true },
        layout: {
          ...plainLayout,
          paddingLeft: (index: number) => (index === 0 ? 0 : GAP),
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
      },
      {
        text: statusOrder.flatMap((status) => [
          { text: '■ ', color: statusColour[status] },
          { text: `${statusLabel[status]}      `, color: colour.muted },
        ]),
        fontSize: size.tiny + 0.5,
        margin: [0, 6, 0, 0],
      },
    ],
    unbreakable: true,
  };
}

function openFindings(data: PackData): Content {
  const open = findingTypes.reduce((sum, type) => sum + data.openFindingsByType[type], 0);
  const closed = data.findings.filter((finding) => finding.status === 'closed').length;
  if (open === 0) {
    return emptyState(
      data.findings.length === 0
        ? 'No findings recorded.'
        : `No findings are open; ${plural(closed, 'finding has', 'findings have')} been closed.`,
    );
  }
  return {
    stack: [
      {
        columns: findingTypes.map((type) => ({
          stack: [
            {
              text: formatCount(data.openFindingsByType[type]),
              fontSize: 14,
              bold: true,
              color: findingColour[type],
            },
            { text: findingTypeLabel[type], fontSize: size.tiny + 0.5, color: colour.muted },
          ],
          width: '*',
        })),
        columnGap: 10,
      },
      {
        text: `${plural(open, 'finding is', 'findings are')} open${closed > 0 ? `; ${formatCount(closed)} closed` : ''}. Each is set out with its corrective action under “Findings and corrective actions”.`,
        fontSize: size.small,
        color: colour.muted,
        margin: [0, 6, 0, 0],
      },
    ],
  };
}

function readinessChecks(data: PackData): Content[] {
  const { rulesRun, findings, total, byRule } = data.readiness;
  if (rulesRun === 0) {
    return [emptyState('The readiness checks concern clauses this pack leaves out, so none are reported.')];
  }
  const intro: Content = {
    text: `${plural(rulesRun, 'check')} ran over the registers as they stood on ${formatLongDate(data.today)}${
      total === 0 ? '.' : `, with ${plural(total, 'result')} to look at:`
    }`,
    fontSize: size.body,
    margin: [0, 0, 0, 6],
  };
  if (total === 0) return [intro, emptyState('The readiness checks found nothing to report.')];
  const left = total - findings.length;
  return [
    intro,
    ...(left <= 0
      ? []
      : [
          dataTableNode(
            [
              { header: 'Clause', width: 38 },
              { header: 'Severity', width: 56 },
              { header: 'Check', width: '*' },
              { header: 'Results', width: 50, alignment: 'right' },
            ],
            byRule.map((rule) => [
              rule.clause,
              { text: severityLabel[rule.severity], color: severityColour[rule.severity], bold: true },
              { stack: [rule.title, { text: rule.ruleId, fontSize: size.tiny, color: colour.faint }] },
              { text: formatCount(rule.count), alignment: 'right' },
            ]),
          ),
          {
            text: `The first ${formatCount(findings.length)} results follow; “clausebook readiness” lists all ${formatCount(total)}.`,
            fontSize: size.body,
            margin: [0, 8, 0, 6],
          } satisfies Content,
        ]),
    dataTableNode(
      [
        { header: 'Clause', width: 38 },
        { header: 'Severity', width: 56 },
        { header: 'Check', width: 128 },
        { header: 'What the registers show', width: '*' },
      ],
      findings.map((finding) => [
        finding.clause,
        { text: severityLabel[finding.severity], color: severityColour[finding.severity], bold: true },
        { stack: [finding.title, { text: finding.ruleId, fontSize: size.tiny, color: colour.faint }] },
        // The checks write days as YYYY-MM-DD; the pack writes every date one way.
        finding.message.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatDate(date)),
      ]),
    ),
  ];
}
