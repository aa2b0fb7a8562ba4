/**
 * Reads the 100-byte SQLite database header (https://sqlite.org/fileformat.html#the_database_header)
 * so that a file can be judged before SQLite opens it: opening can write (-wal files, recovery),
 * and a file we refuse must stay byte-for-byte as it was.
 */
export const SQLITE_MAGIC = 'SQLite format 3\u0000';
export const SQLITE_HEADER_BYTES = 100;

export interface SqliteHeader {
  pageSize: number;
  /** Pages the file should hold, or null when the header's page count is not known to be current. */
  pageCount: number | null;
  userVersion: number;
  applicationId: number;
}

export function parseSqliteHeader(bytes: Uint8Array): SqliteHeader | null {
  if (bytes.length < SQLITE_HEADER_BYTES) return null;
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (magic !== SQLITE_MAGIC) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const changeCounter = view.getUint32(24);
  const headerPageCount = view.getUint32(28);
  const versionValidFor = view.getUint32(92);
  return {
    pageSize,
    // The in-header size is only trustworthy when written by SQLite 3.7.0+ in the same transaction
    // as the change counter (the "version-valid-for" number matches).
    pageCount: headerPageCount > 0 && changeCounter === versionValidFor ? headerPageCount : null,
    userVersion: view.getUint32(60),
    applicationId: view.getUint32(68),
  };
}

export function isValidPageSize(pageSize: number): boolean {
  return pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
}
