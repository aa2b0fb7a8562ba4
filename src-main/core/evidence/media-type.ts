import type { PreviewKind } from '../../api/schemas/evidence';

/**
 * The media type an evidence file is stored with. The UI chooses previews by it, so the types a
 * preview renders (PDF and raster images) are given only when the content's own signature says so;
 * a name or a browser's claim of "image/png" on other bytes is not believed. Other types come from
 * the claim when it is well-formed, else from the name's extension, else application/octet-stream.
 */

const signatures: readonly { mediaType: string; matches(bytes: Uint8Array): boolean }[] = [
  { mediaType: 'application/pdf', matches: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { mediaType: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mediaType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  {
    mediaType: 'image/gif',
    matches: (b) =>
      startsWith(b, [0x47, 0x49, 0x46, 0x38]) && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61,
  },
  {
    mediaType: 'image/webp',
    matches: (b) =>
      startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  },
];

const sniffedTypes = new Set(signatures.map((signature) => signature.mediaType));

const byExtension: Record<string, string> = {
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  json: 'application/json',
  xml: 'application/xml',
  html: 'text/html',
  htm: 'text/html',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  rtf: 'application/rtf',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  vsdx: 'application/vnd.ms-visio.drawing',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  zip: 'application/zip',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  bmp: 'image/bmp',
  heic: 'image/heic',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
};

/** Types whose content reads as text in a preview. */
const textTypes = new Set(['text/plain', 'text/csv', 'text/markdown', 'application/json', 'application/xml']);

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((value, index) => bytes[index] === value);
}

export function mediaTypeOf(bytes: Uint8Array, claimed: string, fileName: string): string {
  const sniffed = signatures.find((signature) => signature.matches(bytes));
  if (sniffed) return sniffed.mediaType;
  const claim = claimed.split(';')[0]!.trim().toLowerCase();
  if (MEDIA_TYPE.test(claim) && !sniffedTypes.has(claim) && claim !== 'application/octet-stream')
    return claim;
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  return byExtension[extension] ?? 'application/octet-stream';
}

/** How the UI may preview a file of this type: only types the content itself vouches for, or plain text. */
export function previewKind(mediaType: string): PreviewKind | null {
  if (mediaType === 'application/pdf') return 'pdf';
  if (sniffedTypes.has(mediaType)) return 'image';
  if (textTypes.has(mediaType)) return 'text';
  return null;
}
