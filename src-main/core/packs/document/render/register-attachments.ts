import { createHash } from 'node:crypto';
import type { ManifestRegisterFile } from '../../pack-manifest';
import type { PdfAttachment } from '../../pdf-write/append-attachments';
import type { PackData, PackRegisterFile } from '../pack-data';

/** A register file's bytes: its text as UTF-8, byte order mark included, as the export writes it. */
export function registerFileBytes(file: PackRegisterFile): Buffer {
  return Buffer.from(file.csv, 'utf8');
}

/** The manifest's entries for the attached register files, with each file's size and SHA-256. */
export function manifestRegisterFiles(data: PackData): ManifestRegisterFile[] {
  return data.registers.files.map((file) => {
    const bytes = registerFileBytes(file);
    return {
      attachmentName: file.attachmentName,
      register: file.register,
      rowCount: file.rowCount,
      sizeBytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  });
}

/** What a reader's attachments panel says of a register file. */
export function registerFileDescription(file: PackRegisterFile): string {
  return `The complete ${file.register} register (${file.rowCount} ${file.rowCount === 1 ? 'record' : 'records'}) as CSV, in the columns "clausebook import" reads.`;
}

/** The register files as attachments for the pack writer, made at the pack's time. */
export function registerAttachments(data: PackData, generatedAt: Date): PdfAttachment[] {
  return data.registers.files.map((file) => ({
    name: file.attachmentName,
    description: registerFileDescription(file),
    mediaType: 'text/csv',
    created: generatedAt,
    modified: generatedAt,
    contentKey: `register:${file.register}`,
    read: () => registerFileBytes(file),
  }));
}
