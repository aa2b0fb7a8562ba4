import type { Content, TableCell } from 'pdfmake/interfaces';
import { daysBetween } from '../../../readiness/calendar-days';
import { sparklineSvg } from '../charts/sparkline';
import type { PackAgreement, PackEndingAgreement, PackMissedTarget, PackTarget } from '../pack-data';
import { aside, emptyState, joined } from './blocks';
import { formatCount, formatDate, formatPeriod, formatValue } from './format';
import { agreementStatuses, agreementTypes, comparisons, periods } from './labels';
import { colour, dataTable, severityColour, size, statusColour } from './theme';

export const SPARKLINE_SIZE = { width: 64, height: 16 } as const;
const COLUMNS = 5;

/**
 * Every agreement with its service level targets in one table (the header repeats on each page):
 * a row naming the agreement, its counterparty, status and term, then one row per target with
 * what it promises, the latest measured period against it, and the last 12 periods as a small
 * trend chart.
 */
export function agreementPerformance(agreements: readonly PackAgreement[]): Content[] {
  if (agreements.length === 0) return [emptyState('No agreements recorded.')];
  const body: TableCell[][] = [
    ['Target', 'Promise', 'Latest period', 'Result', 'Last 12 periods'].map((header, index) => ({
      text: header,
      style: 'tableHeader',
      alignment: index === 3 ? 'center' : 'left',
    })),
  ];
  for (const agreement of agreements) {
    body.push([agreementRow(agreement), {}, {}, {}, {}]);
    if (agreement.targets.length === 0) {
      body.push([
        {
          text: 'No service level targets recorded for this agreement.',
          colSpan: COLUMNS,
          italics: true,
          color: colour.muted,
        },
        {},
        {},
        {},
        {},
      ]);
    }
    for (const target of agreement.targets) body.push(targetRow(target));
  }
  return [trendLegend(), performanceTable(body)];
}

function trendLegend(): Content {
  return {
    text: 'Each trend runs from the oldest period on the left to the latest, marked by the larger dot (green when it met the target). Red dots mark periods that missed it; the dashed line is the threshold.',
    fontSize: size.small,
    color: colour.muted,
    margin: [0, 0, 0, 6],
  };
}

function performanceTable(body: TableCell[][]): Content {
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [140, '*', 62, 46, SPARKLINE_SIZE.width], body },
    layout: dataTable,
    style: 'tableBody',
  };
}

/**
 * The targets that missed their latest measured period, in the same columns as the full table,
 * each naming the agreement that makes the promise: what an auditor asks about first.
 */
export function missedTargetsTable(targets: readonly PackMissedTarget[]): Content[] {
  const body: TableCell[][] = [
    ['Target', 'Promise', 'Latest period', 'Result', 'Last 12 periods'].map((header, index) => ({
      text: header,
      style: 'tableHeader',
      alignment: index === 3 ? 'center' : 'left',
    })),
  ];
  for (const target of targets)
    body.push(targetRow(target, `${target.agreement.code} ${target.agreement.title}`));
  return [trendLegend(), performanceTable(body)];
}

/** Agreements in force that have ended or end soon, with their counterparty and term. */
export function endingAgreementsTable(agreements: readonly PackEndingAgreement[], today: string): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 140, 56, 86],
      body: [
        ['Agreement', 'Counterparty', 'Ends', 'State'].map((header) => ({
          text: header,
          style: 'tableHeader',
        })),
        ...agreements.map((agreement): TableCell[] => [
          {
            stack: [
              { text: [{ text: `${agreement.code}  `, bold: true }, agreement.title] },
              aside(agreementTypes.labels[agreement.type]),
            ],
          },
          agreement.counterparty === null
            ? { text: 'None recorded', italics: true, color: colour.muted }
            : `${agreement.counterparty.code} ${agreement.counterparty.name}`,
          formatDate(agreement.endDate),
          endState(agreement.endDate, today),
        ]),
      ],
    },
    layout: dataTable,
    style: 'tableBody',
  };
}

function endState(endDate: string | null, today: string): TableCell {
  if (endDate === null) return '';
  const days = daysBetween(today, endDate);
  if (days < 0)
    return {
      text: `Ended ${formatCount(-days)} ${-days === 1 ? 'day' : 'days'} ago`,
      bold: true,
      color: severityColour.major,
    };
  return {
    text: days === 0 ? 'Ends today' : `Ends in ${formatCount(days)} ${days === 1 ? 'day' : 'days'}`,
    bold: true,
  };
}

function agreementRow(agreement: PackAgreement): TableCell {
  const term =
    agreement.startDate === null && agreement.endDate === null
      ? 'no term recorded'
      : `${formatDate(agreement.startDate, 'open start')} – ${formatDate(agreement.endDate, 'open end')}`;
  return {
    colSpan: COLUMNS,
    fillColor: colour.accentSoft,
    stack: [
      { text: [{ text: `${agreement.code}  `, color: colour.accent }, agreement.title], bold: true },
      aside(
        joined([
          agreementTypes.labels[agreement.type],
          agreement.counterparty && `with ${agreement.counterparty.code} ${agreement.counterparty.name}`,
          agreementStatuses.labels[agreement.status],
          term,
        ]),
      ),
    ],
  };
}

/** "%" follows the number; any other unit is a word after it. */
function unitSuffix(unit: string): string {
  return unit === '' ? '' : unit === '%' ? '%' : ` ${unit}`;
}

function promise(target: PackTarget): string {
  if (target.comparison === null || target.threshold === null) return 'No measurable threshold set';
  const unit = unitSuffix(target.unit);
  const period = target.period === null ? '' : `, ${periods.labels[target.period].toLowerCase()}`;
  return `${comparisons.labels[target.comparison]} ${formatValue(target.threshold)}${unit}${period}`;
}

/** A target's row; `context` is a line under its name (the agreement, where the table does not say). */
function targetRow(target: PackTarget, context?: string): TableCell[] {
  const latest = target.trend.at(-1) ?? null;
  const unit = unitSuffix(target.unit);
  const chart = sparklineSvg(target.trend, target.threshold, SPARKLINE_SIZE);
  return [
    {
      stack: [
        { text: [{ text: `${target.code} `, bold: true }, target.name] },
        ...(target.serviceName === null ? [] : [aside(target.serviceName)]),
        ...(context === undefined ? [] : [aside(context)]),
      ],
    },
    promise(target),
    latest === null
      ? { text: 'Not measured', italics: true, color: colour.muted }
      : {
          stack: [
            `${formatValue(latest.value)}${unit}`,
            aside(formatPeriod(latest.periodStart, target.period)),
          ],
        },
    latest === null || latest.met === null
      ? { text: '–', alignment: 'center', color: colour.muted }
      : {
          text: latest.met ? 'Met' : 'Missed',
          bold: true,
          alignment: 'center',
          color: latest.met ? statusColour.conforming : severityColour.major,
        },
    chart === null
      ? { text: 'No data', fontSize: size.tiny, color: colour.faint }
      : { svg: chart, width: SPARKLINE_SIZE.width, height: SPARKLINE_SIZE.height },
  ];
}
