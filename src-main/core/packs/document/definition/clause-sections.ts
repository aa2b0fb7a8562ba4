import type { Content } from 'pdfmake/interfaces';
import { stackedBarSvg } from '../charts/stacked-bar';
import type { PackClause, PackClauseProgress, PackData } from '../pack-data';
import { clauseHeading, clauseId, sectionHeading } from './blocks';
import { formatCount, plural } from './format';
import { itemBlock } from './item-block';
import { statusLabel, statusOrder } from './labels';
import { colour, CONTENT_WIDTH, size, statusColour } from './theme';

/** One section per included top-level clause, its sub-clauses in order, each with its items. */
export function clauseSections(data: PackData): Content[] {
  return data.clauses.flatMap((clause) => {
    const progress = data.progress.clauses.find(({ number }) => number === clause.number);
    return [
      sectionHeading(`${clause.number}  ${clause.title}`, clauseId(clause.number)),
      ...(progress ? [clauseStanding(progress)] : []),
      ...clauseBody(clause, 0, clauseId(clause.number)),
    ];
  });
}

function clauseBody(clause: PackClause, depth: number, parentId: string): Content[] {
  const items = clause.items.map(itemBlock);
  const children = clause.clauses.flatMap((child) =>
    keptWithNext(
      clauseHeading(child.number, child.title, depth + 1, parentId),
      clauseBody(child, depth + 1, clauseId(child.number)),
    ),
  );
  return [...items, ...children];
}

/**
 * A heading never ends a page on its own: it is kept with what follows when that is short enough
 * to keep whole (pdfmake cannot carry a block it must keep whole over to a second page).
 */
function keptWithNext(heading: Content, body: Content[]): Content[] {
  const [first, ...rest] = body;
  if (first === undefined) return [heading];
  const small = typeof first === 'object' && 'unbreakable' in first && first.unbreakable === true;
  return small ? [{ stack: [heading, first], unbreakable: true }, ...rest] : [heading, ...body];
}

/** The clause's standing in one line under its title: a bar of the shares by status, and the counts. */
function clauseStanding(progress: PackClauseProgress): Content {
  const counts = statusOrder
    .filter((status) => progress.counts[status] > 0)
    .map((status) => `${formatCount(progress.counts[status])} ${statusLabel[status].toLowerCase()}`);
  return {
    stack: [
      {
        svg: stackedBarSvg(
          statusOrder.map((status) => ({ value: progress.counts[status], colour: statusColour[status] })),
          { width: CONTENT_WIDTH, height: 5 },
        ),
        width: CONTENT_WIDTH,
      },
      {
        text: `${plural(progress.total, 'requirement item')}: ${counts.join(', ') || 'none'}.`,
        fontSize: size.small,
        color: colour.muted,
        margin: [0, 4, 0, 0],
      },
    ],
    margin: [0, 0, 0, 8],
  };
}
