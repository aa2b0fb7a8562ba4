import type { PackReport } from './verify-store';

type CheckId = PackReport['checks'][number]['id'];

/** A short name for each check of a pack, for a reader who is not a PDF expert; the core's message says the rest. */
export const checkTitles: Record<CheckId, string> = {
  'one-signature': 'One signature',
  'whole-file': 'Signature covers the whole file',
  'content-unchanged': 'Content unchanged since signing',
  'signature-value': 'Signature made by the signer’s key',
  'certificate-bound': 'Certificate bound to the signature',
  'pades-baseline': 'Standard signature form',
  'certificate-period': 'Certificate valid when signed',
  manifest: 'Evidence manifest present',
  'evidence-files': 'Evidence files match the manifest',
};

/** The verdict in a sentence or two: what the auditor can rely on, or the first thing that failed. */
export function verdictSentence(report: PackReport): string {
  if (report.valid) {
    const who = report.signer?.subject.commonName || report.signerName || 'the signer';
    return `The signature is genuine and nothing in this pack has changed since ${who} signed it.`;
  }
  const failed = report.checks.filter((check) => !check.ok);
  const [first] = failed;
  if (!first) return 'This pack did not pass every check.';
  const others = failed.length - 1;
  const more = others > 0 ? ` ${others} other check${others === 1 ? '' : 's'} failed too (see below).` : '';
  return `Failed check: ${checkTitles[first.id]}. ${first.message}${more}`;
}
