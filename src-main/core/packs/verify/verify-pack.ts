import { ClausebookError } from '../../../api/errors';
import { listEmbeddedFiles } from './embedded-files';
import { checkEvidence } from './evidence-checks';
import { fileDigests } from './file-digests';
import { findSignatures } from './find-signatures';
import { asReadFailure } from './open-pdf';
import type { PackVerification } from './pack-verification';
import { BufferSource, FileSource, type PdfSource } from './pdf/pdf-source';
import { PdfReader } from './pdf/pdf-reader';
import { checkSignature, readByteRange } from './signature-checks';

/**
 * Verifies a signed evidence pack: the signature (cryptographically, over the whole file), the
 * signer's certificate, and every embedded evidence file against the signed manifest.
 *
 * A file that is not a readable PDF, or a PDF with no signature, is refused with a
 * ClausebookError (NOT_A_PDF, PDF_UNSUPPORTED, PACK_UNSIGNED). A signed PDF always gets a report;
 * `valid` is true only when every check passed, and each failed check says what is wrong.
 */
export function verifyPack(bytes: Buffer): PackVerification {
  return verifySource(new BufferSource(bytes));
}

/**
 * The same for a pack on disk, read by offset and hashed in chunks: a pack of any size is
 * verified without being read into memory whole. A missing or unreadable file is an IO error.
 */
export function verifyPackFile(file: string): PackVerification {
  let source: FileSource;
  try {
    source = new FileSource(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ClausebookError(
      code === 'ENOENT' ? 'NOT_FOUND' : 'IO',
      code === 'ENOENT'
        ? `${file} does not exist.`
        : code === 'EISDIR'
          ? `${file} is a folder, not a PDF.`
          : `${file} cannot be read (${code ?? (error as Error).message}).`,
    );
  }
  try {
    return verifySource(source);
  } finally {
    source.close();
  }
}

function verifySource(source: PdfSource): PackVerification {
  try {
    return verifyReader(new PdfReader(source));
  } catch (error) {
    throw asReadFailure(error);
  }
}

function verifyReader(reader: PdfReader): PackVerification {
  const { source } = reader;
  const signatures = findSignatures(reader);
  // A signed file cut short ends in the middle of its last revision: no signature in sight, and
  // bytes after the end of the revision that is complete.
  if (signatures.length === 0 && reader.hasDataAfterEnd)
    throw new ClausebookError(
      'NOT_A_PDF',
      'This file is not a readable PDF: it was cut short, or something was added after its end.',
    );
  if (signatures.length === 0)
    throw new ClausebookError(
      'PACK_UNSIGNED',
      'This PDF has no digital signature, so nothing shows whether it was changed. A Clausebook evidence pack is always signed: ask the sender for the signed pack.',
    );
  const { fileSha256, digestOf } = fileDigests(source, readByteRange(signatures[0]!));
  const signature = checkSignature(source, signatures, digestOf);
  const evidence = checkEvidence(listEmbeddedFiles(reader));
  const checks = [...signature.checks, ...evidence.checks];
  return {
    signed: true,
    valid: checks.every((check) => check.ok),
    checks,
    signer: signature.signer,
    signingTime: signature.signingTime,
    signerName: signature.signerName,
    reason: signature.reason,
    location: signature.location,
    coversWholeFile: signature.coversWholeFile,
    manifest: evidence.manifest,
    files: evidence.files,
    fileSha256,
  };
}
