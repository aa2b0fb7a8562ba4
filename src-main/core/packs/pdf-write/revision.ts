import { PdfReadError, PdfRef } from '../verify/pdf/pdf-objects';
import { PdfReader } from '../verify/pdf/pdf-reader';
import { entriesOf, writeValue } from './pdf-syntax';

/**
 * What an incremental update (ISO 32000-1, 7.5.6) must know of the revision it extends: where
 * that revision's cross-reference section is (the new trailer's /Prev), the next free object
 * number, the catalog (rewritten with new entries) and the first page (which holds the signature
 * widget). Values are kept as PDF text, ready to be written back.
 */
export interface Revision {
  size: number;
  xrefOffset: number;
  rootNum: number;
  catalog: Map<string, string>;
  /** The entries of the catalog's name dictionary (/Names), which the attachments join. */
  names: Map<string, string>;
  /** Trailer entries every revision repeats: /Info and /ID. */
  carried: Map<string, string>;
  firstPage: { num: number; entries: Map<string, string> };
}

/** The revision a classic-xref PDF in memory ends with (pdfmake's output). */
export function revisionOf(pdf: Buffer): Revision {
  const reader = new PdfReader(pdf);
  const start = pdf.lastIndexOf('startxref');
  const match = start === -1 ? null : /^startxref\s+(\d+)/.exec(pdf.toString('latin1', start, start + 40));
  const size = reader.trailer.get('Size');
  const root = reader.trailer.get('Root');
  if (!match || typeof size !== 'number' || !(root instanceof PdfRef) || root.gen !== 0)
    throw new PdfReadError('damaged', 'the document has no usable trailer');
  const catalog = reader.dict(root);
  if (!catalog) throw new PdfReadError('damaged', 'the document has no catalog');

  let node = reader.resolve(catalog.get('Pages'));
  let pageRef: PdfRef | null = null;
  for (let depth = 0; depth < 32 && pageRef === null; depth += 1) {
    const first = reader.array(reader.dict(node)?.get('Kids'))[0];
    if (!(first instanceof PdfRef)) break;
    const kid = reader.dict(first);
    if (kid?.get('Kids') === undefined) pageRef = first;
    else node = first;
  }
  const page = pageRef ? reader.dict(pageRef) : null;
  if (!pageRef || !page || pageRef.gen !== 0)
    throw new PdfReadError('damaged', 'the document has no first page');
  const pageEntries = entriesOf(page);
  // Annotations kept by reference must be listed inline, so that the widget can join them.
  const annotations = page.get('Annots');
  if (annotations instanceof PdfRef) pageEntries.set('Annots', writeValue(reader.resolve(annotations)));

  const carried = new Map<string, string>();
  for (const key of ['Info', 'ID']) {
    const value = reader.trailer.get(key);
    if (value !== undefined) carried.set(key, writeValue(value));
  }
  const names = reader.dict(catalog.get('Names'));
  return {
    size,
    xrefOffset: Number(match[1]),
    rootNum: root.num,
    catalog: entriesOf(catalog),
    names: names ? entriesOf(names) : new Map(),
    carried,
    firstPage: { num: pageRef.num, entries: pageEntries },
  };
}
