/**
 * Kept only because export/write-pack-file.ts still imports the options type from here: packs are
 * signed by append-signature.ts, and this file can go once that import names signature-options.ts.
 */
export type { SignPdfOptions } from './signature-options';
