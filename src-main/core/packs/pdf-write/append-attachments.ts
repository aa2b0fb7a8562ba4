import { createHash } from 'node:crypto';
import { IncrementalUpdate } from './incremental-update';
import type { PdfSink } from './pdf-sink';
import { pdfDate, pdfDict, pdfHexBytes, pdfName, pdfRef, pdfText } from './pdf-syntax';
import type { Revision } from './revision';

/** A file to attach to the document (ISO 32000-1, 7.11.4), read only when its turn comes. */
export interface PdfAttachment {
  /** The name readers list it under (unique in the document). */
  name: string;
  description: string;
  mediaType: string;
  created: Date;
  modified: Date;
  /** Attachments with the same key have the same content and share one embedded stream. */
  contentKey: string;
  /** The content; called once per key, and its bytes are let go once written. */
  read(): Promise<Buffer> | Buffer;
}

/** Entries per leaf of the EmbeddedFiles name tree: small enough for any reader to search. */
const NAMES_PER_LEAF = 256;

/**
 * Appends the attachments as one incremental update: each distinct content once as an
 * EmbeddedFile stream, stored as it is (not deflated: evidence is mostly compressed already, its
 * bytes then appear in the pack unchanged, and a 100 MB file does not wait on zlib), a file
 * specification per attachment, the EmbeddedFiles name tree sorted by name, and the catalog and
 * its name dictionary written again to point at it. Contents are read one at a time, so memory
 * holds one file, never all of them.
 */
export async function appendAttachments(
  sink: PdfSink,
  base: Revision,
  attachments: PdfAttachment[],
  onAttached: (done: number, total: number) => void,
  endsWithNewline = true,
): Promise<Revision> {
  if (base.names.has('EmbeddedFiles')) throw new Error('the document already has attachments');
  const update = new IncrementalUpdate(sink, base, endsWithNewline);
  const streams = new Map<string, number>();
  const entries: { key: Buffer; spec: number }[] = [];
  for (const [index, attachment] of attachments.entries()) {
    let stream = streams.get(attachment.contentKey);
    if (stream === undefined) {
      stream = update.allocate();
      writeEmbeddedFile(update, stream, await attachment.read(), attachment);
      streams.set(attachment.contentKey, stream);
    }
    const spec = update.allocate();
    update.object(
      spec,
      pdfDict([
        ['Type', '/Filespec'],
        // F is a byte string for older readers; UF carries the name in full Unicode.
        ['F', pdfHexBytes(Buffer.from(asciiFallback(attachment.name), 'latin1'))],
        ['UF', pdfText(attachment.name)],
        [
          'EF',
          pdfDict([
            ['F', pdfRef(stream)],
            ['UF', pdfRef(stream)],
          ]),
        ],
        ['Desc', pdfText(attachment.description)],
      ]),
    );
    entries.push({ key: textBytes(attachment.name), spec });
    onAttached(index + 1, attachments.length);
  }

  const tree = writeNameTree(update, entries);
  const names = new Map(base.names).set('EmbeddedFiles', pdfRef(tree));
  const namesNum = update.allocate();
  update.object(namesNum, pdfDict(names));
  const catalog = new Map(base.catalog).set('Names', pdfRef(namesNum));
  update.object(base.rootNum, pdfDict(catalog));
  const revision = update.finish({ catalog });
  return { ...revision, names };
}

function writeEmbeddedFile(
  update: IncrementalUpdate,
  num: number,
  content: Buffer,
  attachment: PdfAttachment,
): void {
  update.beginStream(
    num,
    pdfDict([
      ['Type', '/EmbeddedFile'],
      ['Subtype', pdfName(attachment.mediaType || 'application/octet-stream')],
      ['Length', String(content.byteLength)],
      [
        'Params',
        pdfDict([
          ['Size', String(content.byteLength)],
          // The MD5 of the content as a 16-byte string, as the PDF standard defines CheckSum.
          ['CheckSum', pdfHexBytes(createHash('md5').update(content).digest())],
          ['CreationDate', pdfDate(attachment.created)],
          ['ModDate', pdfDate(attachment.modified)],
        ]),
      ],
    ]),
  );
  update.streamData(content);
  update.endStream();
}

/** The name tree's root: one leaf when small, else leaves under one root with their key limits. */
function writeNameTree(update: IncrementalUpdate, entries: { key: Buffer; spec: number }[]): number {
  // Keys in the lexical order of their bytes (7.9.6).
  const sorted = [...entries].sort((a, b) => Buffer.compare(a.key, b.key));
  const pairs = (slice: typeof sorted) =>
    `[${slice.map((entry) => `${pdfHexBytes(entry.key)} ${pdfRef(entry.spec)}`).join(' ')}]`;
  const root = update.allocate();
  if (sorted.length <= NAMES_PER_LEAF) {
    update.object(root, pdfDict([['Names', pairs(sorted)]]));
    return root;
  }
  const kids: number[] = [];
  for (let from = 0; from < sorted.length; from += NAMES_PER_LEAF) {
    const slice = sorted.slice(from, from + NAMES_PER_LEAF);
    const leaf = update.allocate();
    update.object(
      leaf,
      pdfDict([
        ['Limits', `[${pdfHexBytes(slice[0]!.key)} ${pdfHexBytes(slice[slice.length - 1]!.key)}]`],
        ['Names', pairs(slice)],
      ]),
    );
    kids.push(leaf);
  }
  update.object(root, pdfDict([['Kids', `[${kids.map(pdfRef).join(' ')}]`]]));
  return root;
}

/** The bytes of a name as a PDF text string holds them (what pdfText writes). */
function textBytes(text: string): Buffer {
  return /^[\x20-\x7e]*$/.test(text)
    ? Buffer.from(text, 'latin1')
    : Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
}

function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_');
}
