import { testPdfmake as pdfmake } from '../helpers/test-pdfmake';
import type { Content } from 'pdfmake/interfaces';

/**
 * A small evidence document of `pages` A4 pages, each with a heading, a filled box and some text,
 * so a rendered page has plenty of non-white pixels.
 */
export async function evidencePdf(title: string, pages = 2): Promise<Buffer> {
  const content: Content[] = Array.from({ length: pages }, (_, index): Content[] => [
    { text: `${title}: page ${index + 1}`, fontSize: 20, bold: true, margin: [0, 0, 0, 12] },
    {
      canvas: [{ type: 'rect', x: 0, y: 0, w: 480, h: 90, color: index === 0 ? '#3b55d9' : '#1f7a45' }],
      margin: [0, 0, 0, 16],
    },
    {
      text: 'Minutes of the service review with the customer: availability 99.95 % against a target of 99.9 %; two incidents breached their resolution time.',
      fontSize: 12,
      ...(index < pages - 1 ? { pageBreak: 'after' } : {}),
    },
  ]).flat();
  const document = pdfmake.createPdf({
    info: { title },
    pageSize: 'A4',
    content,
    defaultStyle: { font: 'Roboto' },
  });
  return Buffer.from(await document.getBuffer());
}

/** Starts like a PDF (so it is stored and previewed as one) but holds no PDF structure at all. */
export function damagedPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nthe rest of this file was lost in transfer\n',
    'latin1',
  );
}
