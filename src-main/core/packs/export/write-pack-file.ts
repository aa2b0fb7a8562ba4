import { closeSync, existsSync, fsyncSync, openSync } from 'node:fs';
import path from 'node:path';
import { ClausebookError } from '../../../api/errors';
import { isFolder } from '../../../shared/is-folder';
import { partialPathFor, publishPartial, sweepStalePartials } from '../../../shared/partial-files';
import { newFileTaken } from '../../import-export/export/write-new-file';
import { removeLeftover } from '../../../shared/remove-leftover';
import { appendAttachments, type PdfAttachment } from '../pdf-write/append-attachments';
import { PdfSink } from '../pdf-write/pdf-sink';
import { revisionOf } from '../pdf-write/revision';
import { appendSignature } from '../sign/append-signature';
import type { SigningKey } from '../sign/cades-signature';
import type { SignPdfOptions } from '../sign/signature-options';
import type { PackBuildProgress } from './pack-request';

export interface PackFileInput {
  /** The final file; it must not exist yet. */
  outputPath: string;
  /** The laid-out document, unsigned and without attachments (pdfmake's output). */
  document: Buffer;
  attachments: PdfAttachment[];
  signing: SigningKey;
  signature: SignPdfOptions;
  onProgress: (progress: PackBuildProgress) => void;
}

/**
 * Writes a signed pack to a new file without ever holding it in memory: the document, then the
 * attachments as an incremental update (each read and written in turn), then the signature as a
 * second update whose digest is the SHA-256 kept while writing. All of it goes to a temporary
 * file beside the final one, is flushed to disk, and only then gets the final name, which never
 * replaces a file (see publishPartial). On any failure the temporary file is removed and the final
 * name never holds part of a pack.
 */
export async function writePackFile(input: PackFileInput): Promise<{ sha256: string; sizeBytes: number }> {
  const file = path.resolve(input.outputPath);
  const folder = path.dirname(file);
  if (existsSync(file)) throw newFileTaken(input.outputPath);
  if (!isFolder(folder)) throw new ClausebookError('IO', `The folder ${folder} does not exist.`);
  // What killed exports left here long ago goes first (see partial-files.ts).
  sweepStalePartials(folder);
  const temporary = partialPathFor(file);
  try {
    const handle = openSync(temporary, 'wx');
    let result: { sha256: string; sizeBytes: number };
    try {
      const sink = new PdfSink(handle);
      sink.write(input.document);
      const base = revisionOf(input.document);
      const total = input.attachments.length;
      input.onProgress({ phase: 'embed', done: 0, total });
      const attached = await appendAttachments(
        sink,
        base,
        input.attachments,
        (done) => input.onProgress({ phase: 'embed', done, total }),
        input.document[input.document.length - 1] === 0x0a,
      );
      input.onProgress({ phase: 'sign', done: 0, total: 1 });
      appendSignature(sink, attached, input.signing, input.signature);
      input.onProgress({ phase: 'save', done: 0, total: 1 });
      fsyncSync(handle);
      result = { sha256: sink.digest(), sizeBytes: sink.position };
    } finally {
      closeSync(handle);
    }
    publishPartial(temporary, file, () => newFileTaken(input.outputPath));
    input.onProgress({ phase: 'save', done: 1, total: 1 });
    return result;
  } catch (error) {
    if (error instanceof ClausebookError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new ClausebookError('IO', `Could not write ${input.outputPath} (${code}).`);
  } finally {
    removeLeftover(temporary);
  }
}
