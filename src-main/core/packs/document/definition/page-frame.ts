import type { Content, DynamicContent } from 'pdfmake/interfaces';
import { formatTimestamp } from './format';
import { colour, CONTENT_WIDTH, PAGE_MARGINS, size } from './theme';

/**
 * The running header (client and pack id, on every page but the cover) and footer (when the pack
 * was made, and "Page X of Y" on every page, so that a missing page is noticed in print).
 */
export function pageHeader(clientOrganisation: string, packId: string): DynamicContent {
  return (currentPage) =>
    currentPage === 1
      ? null
      : {
          stack: [
            {
              columns: [
                { text: clientOrganisation, width: '*', bold: true },
                { text: `Evidence pack ${packId}`, width: 'auto', alignment: 'right' },
              ],
              columnGap: 12,
            },
            {
              canvas: [
                {
                  type: 'line',
                  x1: 0,
                  y1: 0,
                  x2: CONTENT_WIDTH,
                  y2: 0,
                  lineWidth: 0.5,
                  lineColor: colour.rule,
                },
              ],
              margin: [0, 5, 0, 0],
            },
          ],
          fontSize: size.tiny + 0.5,
          color: colour.muted,
          margin: [PAGE_MARGINS[0], 28, PAGE_MARGINS[2], 0],
        };
}

export function pageFooter(generatedAt: string): DynamicContent {
  return (currentPage, pageCount): Content => ({
    columns: [
      { text: `Made with Clausebook on ${formatTimestamp(generatedAt)}`, width: '*' },
      { text: `Page ${currentPage} of ${pageCount}`, width: 'auto', alignment: 'right' },
    ],
    fontSize: size.tiny + 0.5,
    color: colour.muted,
    margin: [PAGE_MARGINS[0], 20, PAGE_MARGINS[2], 0],
  });
}
