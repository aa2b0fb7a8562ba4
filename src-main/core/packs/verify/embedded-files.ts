import { createHash } from 'node:crypto';
import { ClausebookError } from '../../../api/errors';
import { forEachChunk, type PdfSource } from './pdf/pdf-source';
import { withPdf } from './open-pdf';
import { type PdfDict, PdfStream, PdfString, type PdfValue } from './pdf/pdf-objects';
import type { PdfReader } from './pdf/pdf-reader';

/** One entry of the document's EmbeddedFiles name tree (what readers list as attachments). */
export interface EmbeddedFile {
  /** The name-tree key: the attachment's name in the pack. */
  name: string;
  /** The file's bytes; throws PdfReadError when the embedded stream is damaged or unreadable. */
  read(): Buffer;
  /** Its size and SHA-256, read in chunks (a large file is never held whole); throws as read does. */
  digest(): { size: number; sha256: string };
}

const MAX_TREE_DEPTH = 32;

/**
 * Reads Root → /Names → /EmbeddedFiles (ISO 32000-1, 7.9.6 and 7.11.4): leaf /Names arrays of
 * key/file-specification pairs and /Kids, each file specification's /EF /F (or /UF) stream.
 */
export function listEmbeddedFiles(reader: PdfReader): EmbeddedFile[] {
  const root = reader.dict(reader.trailer.get('Root'));
  const names = reader.dict(root?.get('Names'));
  const tree = reader.dict(names?.get('EmbeddedFiles'));
  const files: EmbeddedFile[] = [];
  if (tree) collect(reader, tree, files, 0, new Set());
  return files;
}

function collect(
  reader: PdfReader,
  node: PdfDict,
  into: EmbeddedFile[],
  depth: number,
  seen: Set<PdfDict>,
): void {
  if (depth > MAX_TREE_DEPTH || seen.has(node)) return;
  seen.add(node);
  const pairs = reader.array(node.get('Names'));
  for (let index = 0; index + 1 < pairs.length; index += 2) {
    const key = reader.resolve(pairs[index]);
    if (!(key instanceof PdfString)) continue;
    const specification = pairs[index + 1];
    into.push({
      name: key.text(),
      read: () => readFileSpecification(reader, specification),
      digest: () => digestFileSpecification(reader, specification),
    });
  }
  for (const kid of reader.array(node.get('Kids'))) {
    const child = reader.dict(kid);
    if (child) collect(reader, child, into, depth + 1, seen);
  }
}

function embeddedStream(reader: PdfReader, specification: PdfValue | undefined): PdfStream {
  const embedded = reader.dict(reader.dict(specification)?.get('EF'));
  const stream = reader.resolve(embedded?.get('F') ?? embedded?.get('UF'));
  if (!(stream instanceof PdfStream))
    throw new ClausebookError('NOT_FOUND', 'The attachment has no embedded content.');
  return stream;
}

function readFileSpecification(reader: PdfReader, specification: PdfValue | undefined): Buffer {
  return reader.streamData(embeddedStream(reader, specification));
}

function digestFileSpecification(
  reader: PdfReader,
  specification: PdfValue | undefined,
): { size: number; sha256: string } {
  const stream = embeddedStream(reader, specification);
  const hash = createHash('sha256');
  if (!reader.isUnfiltered(stream)) {
    const data = reader.streamData(stream);
    return { size: data.length, sha256: hash.update(data).digest('hex') };
  }
  const { start, end } = reader.streamRange(stream);
  forEachChunk(reader.source, start, end, (chunk) => hash.update(chunk));
  return { size: end - start, sha256: hash.digest('hex') };
}

/** The bytes of one attachment of a pack, by its name (for the app's Verify screen). */
export function extractEmbeddedFile(pdf: Buffer | PdfSource, attachmentName: string): Buffer {
  return withPdf(pdf, (reader) => {
    const file = listEmbeddedFiles(reader).find((candidate) => candidate.name === attachmentName);
    if (!file)
      throw new ClausebookError('NOT_FOUND', `The document has no attachment named "${attachmentName}".`);
    return file.read();
  });
}
