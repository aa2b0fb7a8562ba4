import { createHash } from 'node:crypto';
import { ClausebookError } from '../../../api/errors';
import type { PackEvidenceFile } from '../document/pack-data';
import type { PdfAttachment } from '../pdf-write/append-attachments';
import type { ReadEvidence } from './build-signed-pack';

/**
 * The pack's evidence files as attachments, each read when its turn comes and refused unless its
 * bytes are exactly those the manifest describes (size and SHA-256).
 */
export function evidenceAttachments(files: PackEvidenceFile[], readEvidence: ReadEvidence): PdfAttachment[] {
  return files.map((file) => {
    const added = new Date(file.addedAt);
    return {
      name: file.attachmentName,
      description:
        file.description.trim() === ''
          ? `${file.code} ${file.fileName}`
          : `${file.code}: ${file.description}`,
      mediaType: file.mediaType,
      created: added,
      modified: added,
      contentKey: file.sha256,
      read: async () => {
        const given = await readEvidence(file.sha256);
        const bytes = Buffer.isBuffer(given)
          ? given
          : Buffer.from(given.buffer, given.byteOffset, given.byteLength);
        if (
          bytes.byteLength !== file.sizeBytes ||
          createHash('sha256').update(bytes).digest('hex') !== file.sha256
        ) {
          throw new ClausebookError(
            'WORKSPACE_CORRUPT',
            `The content of evidence file ${file.code} (${file.fileName}) does not match its SHA-256 fingerprint, so the pack was not made. Restore the workspace from a backup.`,
          );
        }
        return bytes;
      },
    };
  });
}
