import type { Evidence } from '../../../src-main/api/schemas/evidence';

const known: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'image/svg+xml': 'SVG image',
  'text/plain': 'Text',
  'text/csv': 'CSV',
  'text/markdown': 'Markdown',
  'application/json': 'JSON',
  'application/zip': 'ZIP archive',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint deck',
  'application/octet-stream': 'Binary file',
};

/** "PNG image", "PDF", or the media type itself when it has no friendlier name. */
export function mediaTypeLabel(mediaType: string): string {
  const bare = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return known[bare] ?? (bare || 'Unknown type');
}

/** The first 12 hex digits: enough to tell files apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** "2 items · 1 record", or "Not linked". */
export function linkSummary(evidence: Pick<Evidence, 'items' | 'records'>): string {
  const parts: string[] = [];
  const items = evidence.items.length;
  const records = evidence.records.length;
  if (items > 0) parts.push(`${items} item${items === 1 ? '' : 's'}`);
  if (records > 0) parts.push(`${records} record${records === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(' · ') : 'Not linked';
}

export const evidenceListHref = '#/evidence';
export const evidenceHref = (id: string) => `#/evidence/${encodeURIComponent(id)}`;

/** base64 → bytes, for previews and downloads. */
export function base64Bytes(content: string): Uint8Array<ArrayBuffer> {
  const binary = atob(content);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
