/**
 * The largest evidence file Clausebook keeps: room for a scanned contract, a long recording of a
 * management review or an export of a ticket system, while one file stays small enough to hold in
 * memory, hash and embed in an evidence pack. Kept free of imports so the API contract can state it
 * without loading the store.
 */
export const MAX_EVIDENCE_BYTES = 100 * 1024 * 1024;

const MIB = 1024 * 1024;

/** Why a file of this size is not kept as evidence, or null when it may be. */
export function evidenceSizeProblem(fileName: string, sizeBytes: number): string | null {
  if (sizeBytes === 0) return `"${fileName}" is empty (0 bytes): there is nothing in it to keep as evidence.`;
  if (sizeBytes <= MAX_EVIDENCE_BYTES) return null;
  // Rounded up, so a file just over the limit never reads as exactly the limit.
  const size = (Math.ceil((sizeBytes / MIB) * 10) / 10).toFixed(1);
  return `"${fileName}" is ${size} MiB; an evidence file may be at most ${MAX_EVIDENCE_BYTES / MIB} MiB. Split it, compress it, or keep an extract.`;
}

/** The number of bytes a base64 text decodes to, without decoding it. */
export function base64DecodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}
