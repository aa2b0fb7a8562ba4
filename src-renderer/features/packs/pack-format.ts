import type { CertificateInfo, PackExport } from '../../../src-main/api/schemas/packs';

/**
 * The top-level clauses of ISO/IEC 20000-1:2018 a pack can hold, with their titles (clause numbers
 * and titles are facts of the standard; the same titles head the pack's sections).
 */
export const packClauses = [
  { number: '4', title: 'Context of the organization' },
  { number: '5', title: 'Leadership' },
  { number: '6', title: 'Planning' },
  { number: '7', title: 'Support of the service management system' },
  { number: '8', title: 'Operation of the service management system' },
  { number: '9', title: 'Performance evaluation' },
  { number: '10', title: 'Improvement' },
] as const;

export type PackClauseNumber = (typeof packClauses)[number]['number'];
export const allPackClauses: PackClauseNumber[] = packClauses.map((clause) => clause.number);

/**
 * A SHA-256 fingerprint ("AB:CD:…", 32 pairs) as four lines of eight pairs: short enough to read
 * out over the phone and compare line by line with the one the consultant gave.
 */
export function fingerprintLines(fingerprint: string): string[] {
  const pairs = fingerprint.split(':');
  const lines: string[] = [];
  for (let at = 0; at < pairs.length; at += 8) lines.push(pairs.slice(at, at + 8).join(' '));
  return lines;
}

/** The first four pairs, to tell identities apart in a list ("BE F2 03 88 …"). */
export function shortFingerprint(fingerprint: string): string {
  return `${fingerprint.split(':').slice(0, 4).join(' ')} …`;
}

const MS_PER_DAY = 86_400_000;
/** From this many days before it ends, a certificate's end is worth a warning. */
const EXPIRY_WARNING_DAYS = 90;

/** A certificate's state in words and a tone, as StatusChip shows it. */
export interface ValidityChip {
  label: string;
  tone: 'danger' | 'warning' | 'success';
}

/** Where a certificate stands at `now`: expired, not valid yet, ending soon, or valid. */
export function validityChip(
  certificate: Pick<CertificateInfo, 'notBefore' | 'notAfter'>,
  now: number,
): ValidityChip {
  const end = Date.parse(certificate.notAfter);
  if (now > end) return { label: 'Expired', tone: 'danger' };
  if (now < Date.parse(certificate.notBefore)) return { label: 'Not valid yet', tone: 'warning' };
  const days = Math.floor((end - now) / MS_PER_DAY);
  if (days === 0) return { label: 'Expires today', tone: 'warning' };
  if (days <= EXPIRY_WARNING_DAYS)
    return { label: `Expires in ${days} day${days === 1 ? '' : 's'}`, tone: 'warning' };
  return { label: 'Valid', tone: 'success' };
}

/** Whether the certificate can sign now (the core refuses an expired one with IDENTITY_UNUSABLE). */
export function isUsable(certificate: Pick<CertificateInfo, 'notBefore' | 'notAfter'>, now: number): boolean {
  return now >= Date.parse(certificate.notBefore) && now <= Date.parse(certificate.notAfter);
}

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** "22 Nov 2026 to 22 Nov 2029". */
export function validityPeriod(certificate: Pick<CertificateInfo, 'notBefore' | 'notAfter'>): string {
  return `${day.format(Date.parse(certificate.notBefore))} to ${day.format(Date.parse(certificate.notAfter))}`;
}

/** "Self-signed", or who issued it ("CN=Example CA, O=Example"). */
export function issuerWords(certificate: Pick<CertificateInfo, 'selfSigned' | 'issuer'>): string {
  return certificate.selfSigned ? 'Self-signed' : `Issued by ${certificate.issuer}`;
}

/** "4, 8", or "All (4–10)". */
export function clauseSummary(clauses: readonly string[]): string {
  return clauses.length === allPackClauses.length ? 'All (4–10)' : clauses.join(', ');
}

/** "6 embedded", or "Listed only" when the files were left out of the pack. */
export function evidenceSummary(entry: Pick<PackExport, 'evidenceFiles' | 'options'>): string {
  if (!entry.options.embedEvidence) return 'Listed only';
  return `${entry.evidenceFiles} embedded`;
}

/** "4 evidence files embedded", or that they were only listed: for a sentence. */
export function evidenceWords(entry: Pick<PackExport, 'evidenceFiles' | 'options'>): string {
  if (!entry.options.embedEvidence) return 'evidence files listed, not embedded';
  return `${entry.evidenceFiles} evidence file${entry.evidenceFiles === 1 ? '' : 's'} embedded`;
}

/** "Harbourline.clausebook" → "Harbourline packs": the folder the core writes packs to, beside the file. */
export function packsFolderName(workspaceFileName: string): string {
  return `${workspaceFileName.replace(/\.clausebook$/i, '')} packs`;
}

/** The first characters of a SHA-256 or id, enough to tell items apart on screen. */
export function shortHash(value: string, length = 12): string {
  return value.length > length ? value.slice(0, length) : value;
}
