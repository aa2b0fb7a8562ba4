import { statSync, type Stats } from 'node:fs';
import { ClausebookError } from '../../../api/errors';
import { extractEmbeddedFile } from './embedded-files';
import { FileSource } from './pdf/pdf-source';

/**
 * The pack the Verify screen checked last, kept so the user can save the files inside it. A pack
 * sent by the page is kept as its bytes (the transfer limit bounds them); a pack on disk is kept as
 * its path and the file's identity at the time, and read again by position for each attachment:
 * a pack of several GiB is never held in memory, and a pack changed on disk since it was checked
 * is refused rather than handed out as if verified.
 */
export type VerifiedPack =
  { id: string; kind: 'bytes'; bytes: Buffer } | { id: string; kind: 'file'; path: string; identity: string };

/** What changes when a file is written to, replaced or renamed over. */
export function fileIdentity(stats: Stats): string {
  return [stats.dev, stats.ino, stats.size, stats.mtimeMs, stats.ctimeMs].join(':');
}

/** The bytes of one attachment of the verified pack. */
export function attachmentOf(pack: VerifiedPack, attachmentName: string): Buffer {
  if (pack.kind === 'bytes') return extractEmbeddedFile(pack.bytes, attachmentName);
  const changed = new ClausebookError(
    'CONFLICT',
    'The pack file changed or went away since it was verified: verify it again to save its files.',
  );
  let source: FileSource;
  try {
    source = new FileSource(pack.path);
  } catch {
    throw changed;
  }
  try {
    if (fileIdentity(statSync(pack.path)) !== pack.identity) throw changed;
    return extractEmbeddedFile(source, attachmentName);
  } finally {
    source.close();
  }
}
