/**
 * The largest file Clausebook imports: enough for a million measurements, small enough to read
 * into memory whole. Kept free of imports, so the API contract can state it without loading the
 * file readers.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Why a file of this size is not imported, or null when it may be; naming the file when its name is known. */
export function fileTooLarge(sizeBytes: number, fileName?: string): string | null {
  if (sizeBytes <= MAX_IMPORT_BYTES) return null;
  const size = (sizeBytes / 1024 / 1024).toFixed(1);
  const subject = fileName === undefined ? 'The file' : `"${fileName}"`;
  return `${subject} is ${size} MiB; Clausebook imports files of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MiB. Split it into smaller files.`;
}
