import { ClausebookError } from '../../api/errors';
import type { CertificateInfo } from '../../core/packs/identity/certificate-info';
import type { PackVerification } from '../../core/packs/verify/pack-verification';
import { verifyPackFile } from '../../core/packs/verify/verify-pack';
import { CliFailure } from '../cli-runtime';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { formatBytes } from '../format';

export const verifyCommand: Command = {
  name: 'verify',
  summary: "Check a signed evidence pack: its signature, its signer and every embedded file's fingerprint.",
  usage: 'clausebook verify <pack.pdf> [--json]',
  help: [
    '  <pack.pdf>  the signed PDF evidence pack to check; it is only read, never changed',
    '  --json      print the full report as JSON',
    '',
    'Checks that the signature is intact and covers the whole file (nothing changed or added since',
    'signing), names the signer and the SHA-256 fingerprint of their certificate (compare it with the',
    'one the consultant gave you), and checks every embedded evidence file against the signed manifest.',
    'Exit 0 when every check passes, 1 when the pack was changed or a check fails (each failure is',
    'named), 2 when the file is not a readable PDF or carries no signature.',
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  positionals: ['<pack.pdf>'],
  async run({ positionals, values }, _runtime, io) {
    const file = positionals[0] ?? '';
    const report = verify(file);
    if (values.json) io.out(JSON.stringify(report, null, 2));
    else for (const line of formatReport(file, report)) io.out(line);
    if (report.valid) return EXIT_OK;
    const failed = report.checks.filter((check) => !check.ok).map((check) => check.message);
    io.err(`clausebook verify: ${file} is NOT valid: ${failed.join(' ')}`);
    return EXIT_FAILED;
  },
};

/** The pack is read from disk by offset and hashed in chunks: a pack of any size, never whole in memory. */
function verify(file: string): PackVerification {
  try {
    return verifyPackFile(file);
  } catch (error) {
    if (!(error instanceof ClausebookError)) throw error;
    // A file that cannot be opened is named as the user typed it; other failures are prefixed.
    const message =
      error.code === 'NOT_FOUND' || error.code === 'IO' ? error.message : `${file}: ${error.message}`;
    throw new CliFailure({ code: error.code, message }, EXIT_USAGE);
  }
}

function describeSigner(signer: CertificateInfo): string {
  const { commonName, organisation, email } = signer.subject;
  const extra = [organisation, email].filter(Boolean).join(', ');
  return extra ? `${commonName} (${extra})` : commonName || '(no name in the certificate)';
}

function mark(ok: boolean): string {
  return ok ? '[ok]    ' : '[FAILED]';
}

/** The report in plain words: a verdict, who signed and when, each check, each evidence file. */
export function formatReport(file: string, report: PackVerification): string[] {
  const lines = [
    report.valid
      ? `${file}: VALID. The pack is signed and nothing in it has changed since it was signed.`
      : `${file}: NOT VALID. Do not rely on this pack: see the failed checks below.`,
    '',
  ];
  const rows: [string, string][] = [];
  if (report.signer) {
    const { signer } = report;
    rows.push(['Signer', describeSigner(signer)]);
    rows.push(['Fingerprint', `SHA-256 ${signer.fingerprintSha256}`]);
    rows.push([
      'Certificate',
      `${signer.selfSigned ? 'self-signed' : `issued by ${signer.issuer}`}, valid ${signer.notBefore.slice(0, 10)} to ${signer.notAfter.slice(0, 10)}`,
    ]);
  } else rows.push(['Signer', 'unknown: the signature cannot be read']);
  rows.push([
    'Signed at',
    report.signingTime
      ? `${report.signingTime.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} (as stated by the signer)`
      : 'not stated',
  ]);
  if (report.reason) rows.push(['Reason', report.reason]);
  if (report.manifest.ok)
    rows.push(['Pack', `${report.manifest.value.packId} for ${report.manifest.value.clientOrganisation}`]);
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  lines.push(...rows.map(([label, value]) => label.padEnd(width) + value), '', 'Checks');
  for (const check of report.checks) lines.push(`  ${mark(check.ok)} ${check.message}`);

  lines.push('', `Evidence files (${report.files.length})`);
  if (report.files.length === 0) lines.push('  none');
  for (const evidence of report.files) {
    const where = evidence.embedded ? formatBytes(evidence.sizeBytes) : 'listed only, not embedded';
    lines.push(
      `  ${mark(evidence.ok)} ${evidence.attachmentName} (${where}, SHA-256 ${evidence.sha256.slice(0, 16)}…)`,
    );
    if (evidence.problem) lines.push(`           ${evidence.problem}`);
  }
  if (report.signer?.selfSigned)
    lines.push(
      '',
      'The certificate is self-signed: it proves who signed only if its fingerprint matches the one the',
      'signer gave you separately (by email, on paper or by phone).',
    );
  return lines;
}
