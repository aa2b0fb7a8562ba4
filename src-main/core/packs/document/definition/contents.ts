import type { Content } from 'pdfmake/interfaces';

/**
 * The table of contents: every section and every clause down to the first level of sub-clauses,
 * each with its page number and a link to it. pdfmake fills in the numbers once the pages are laid
 * out; the entries come from the headings marked as contents items.
 */
export function tableOfContents(): Content {
  return {
    toc: {
      title: { text: 'Contents', style: 'tocTitle' },
      numberStyle: { fontSize: 8, bold: false },
    },
    pageBreak: 'before',
  };
}
