import type { Content, ContentText, ContentTocItem, Margins, TableCell } from 'pdfmake/interfaces';
import type { AssessmentStatus } from '../../../../api/schemas/assessment';
import { hashLines } from './format';
import { statusLabel } from './labels';
import { colour, dataTable, MONO_FONT, size, statusColour } from './theme';

/**
 * Small building blocks every section uses, so that headings, tables, hashes and empty states
 * look the same throughout the pack.
 */

/** The destination id of a section or clause heading, used by the contents, bookmarks and links. */
export const sectionId = (name: string) => `section-${name}`;
export const clauseId = (number: string) => `clause-${number}`;
/** The destination of an evidence file's row in the manifest. */
export const evidenceId = (code: string) => `evidence-${code}`;

/**
 * A text node that is also a link target, and may be an entry in the contents: pdfmake reads `id`
 * and `tocItem` on any text node; its type definitions keep them on separate node types.
 */
export type AnchoredText = ContentText & { id: string } & Partial<
    Pick<ContentTocItem, 'tocItem' | 'tocStyle' | 'tocMargin'>
  >;

/** A section's title: a new page, an entry in the contents and a bookmark. */
export function sectionHeading(text: string, id: string): AnchoredText {
  return {
    text,
    id,
    style: 'h1',
    tocItem: true,
    tocStyle: 'tocSection',
    tocMargin: [0, 4, 0, 0],
    outline: true,
    outlineText: text,
    pageBreak: 'before',
  };
}

/**
 * A sub-clause title under a section: 8.3 is listed in the contents and bookmarked under its
 * clause, 8.3.4 and below are bookmarked only, in smaller type.
 */
export function clauseHeading(number: string, title: string, depth: number, parentId: string): AnchoredText {
  const text = `${number}  ${title}`;
  return {
    text,
    id: clauseId(number),
    style: depth <= 1 ? 'h2' : 'h3',
    ...(depth <= 1 ? { tocItem: true, tocStyle: 'tocClause', tocMargin: [14, 0, 0, 0] } : {}),
    outline: true,
    outlineText: text,
    outlineParentId: parentId,
  };
}

/** What a section or table says when it has nothing to show: a sentence, never a blank. */
export function emptyState(text: string): ContentText {
  return { text, style: 'empty' };
}

/** A SHA-256 in monospaced type, on two lines of 32 digits. */
export function hashBlock(sha256: string, margin: Margins = 0): ContentText {
  return {
    text: hashLines(sha256).join('\n'),
    font: MONO_FONT,
    fontSize: size.tiny,
    color: colour.ink,
    lineHeight: 1.05,
    margin,
  };
}

/**
 * The number of the page a link target is on, as an inline piece of text (pdfmake fills it in
 * once the pages are laid out; its types allow a page reference only as a node of its own).
 */
export function pageNumberOf(id: string): ContentText {
  return { text: '00', pageReference: id } as unknown as ContentText;
}

/** "● Conforming" in the status's colour. */
export function statusChip(status: AssessmentStatus, fontSize = size.small): ContentText {
  return {
    text: [
      { text: '● ', color: statusColour[status] },
      { text: statusLabel[status], color: status === 'not_assessed' ? colour.muted : colour.ink },
    ],
    fontSize,
    bold: true,
    noWrap: true,
  };
}

/** "Label" in small capitals above a value, for fields in key-value layouts. */
export function fieldLabel(text: string): ContentText {
  return { text: text.toUpperCase(), style: 'label', margin: [0, 0, 0, 1] };
}

export interface Column {
  header: string;
  width: number | '*';
  alignment?: 'left' | 'right' | 'center';
}

/**
 * Below this much text in its fullest cell, a table row is kept on one page. pdfmake cannot carry
 * a row it keeps whole over to a second page (the rest would be lost), so a table with any longer
 * row lets its rows break across pages instead.
 */
const KEEP_ROW_CHARACTERS = 1200;

/** How many characters of text a piece of content holds, for judging whether it can be kept whole. */
export function textLength(node: unknown): number {
  if (typeof node === 'string') return node.length;
  if (Array.isArray(node)) return node.reduce((sum: number, child) => sum + textLength(child), 0);
  if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    return ['text', 'stack', 'columns'].reduce((sum, key) => sum + textLength(record[key]), 0);
  }
  return 0;
}

/**
 * A data table: a header row repeated on every page the table runs over, horizontal rules only,
 * fixed column widths (long words are wrapped inside their cell, never past its edge). Rows are
 * kept whole on a page when every cell is short enough to be sure they fit.
 */
export function dataTableNode(columns: readonly Column[], rows: TableCell[][]): Content {
  const keepRowsWhole = rows.every((row) => row.every((cell) => textLength(cell) <= KEEP_ROW_CHARACTERS));
  return {
    table: {
      headerRows: 1,
      dontBreakRows: keepRowsWhole,
      widths: columns.map(({ width }) => width),
      body: [
        columns.map(({ header, alignment }) => ({
          text: header,
          style: 'tableHeader',
          alignment: alignment ?? 'left',
        })),
        ...rows,
      ],
    },
    layout: dataTable,
    style: 'tableBody',
  };
}

/** Secondary text in a cell: smaller and muted. */
export function aside(text: string): ContentText {
  return { text, fontSize: size.tiny, color: colour.muted };
}

/** Parts joined by " · ", leaving out the empty ones. */
export function joined(parts: readonly (string | null | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' · ');
}
