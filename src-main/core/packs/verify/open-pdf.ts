import { ClausebookError } from '../../../api/errors';
import { PdfReadError } from './pdf/pdf-objects';
import { PdfReader } from './pdf/pdf-reader';
import type { PdfSource } from './pdf/pdf-source';

/** The user's message for a file the PDF reader gave up on; other errors pass through unchanged. */
export function asReadFailure(error: unknown): unknown {
  if (!(error instanceof PdfReadError)) return error;
  if (error.problem === 'unsupported')
    return new ClausebookError(
      'PDF_UNSUPPORTED',
      `This PDF cannot be checked: ${error.message}, which Clausebook's verifier does not read. Clausebook packs never use this; the file was made or rewritten by another program.`,
    );
  if (error.problem === 'not-pdf') return new ClausebookError('NOT_A_PDF', 'This file is not a PDF.');
  return new ClausebookError('NOT_A_PDF', `This file is not a readable PDF: ${error.message}.`);
}

/** Runs `read` over the PDF's structure, turning reading failures into one ClausebookError. */
export function withPdf<T>(pdf: Buffer | PdfSource, read: (reader: PdfReader) => T): T {
  try {
    return read(new PdfReader(pdf));
  } catch (error) {
    throw asReadFailure(error);
  }
}
