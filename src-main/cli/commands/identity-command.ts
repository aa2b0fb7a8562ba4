import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { ClausebookError } from '../../api/errors';
import { certificatePem, type CertificateInfo } from '../../core/packs/identity/certificate-info';
import { createIdentity, identityInputProblems } from '../../core/packs/identity/create-identity';
import { unlockIdentity, type UnlockedIdentity } from '../../core/packs/identity/unlock-identity';
import { writeNewFile } from '../../core/import-export/export/write-new-file';
import { CliFailure } from '../cli-runtime';
import { PASSPHRASE_VARIABLE, readPassphrase } from '../passphrase';
import {
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  type CliIo,
  type Command,
  type ParsedCommand,
} from '../command';

export const identityCommand: Command = {
  name: 'identity',
  summary: 'Create a signing identity, show one, or export its certificate for auditors.',
  usage: 'clausebook identity <create|show|export-cert> [<id.p12>] [options]',
  help: [
    '  clausebook identity create --name <name> --org <organisation> --email <address> --out <id.p12> [--years N]',
    '  clausebook identity show <id.p12> [--json]',
    '  clausebook identity export-cert <id.p12> [--out <cert.pem>]',
    '',
    '  create       make a key pair and a self-signed certificate for signing evidence packs, saved as',
    '               an encrypted PKCS#12 file (--out, never overwritten); --years sets the validity (1-10, default 3)',
    '  show         print the certificate of a .p12/.pfx identity: subject, issuer, validity, fingerprint',
    '  export-cert  write the certificate alone (PEM, no key) to --out, or print it, to give to auditors',
    '',
    `The passphrase is read from the ${PASSPHRASE_VARIABLE} environment variable or, in a terminal, asked`,
    'for without echo. It is never taken as an argument, where other users and the shell history would see it.',
  ].join('\n'),
  options: {
    name: { type: 'string' },
    org: { type: 'string' },
    email: { type: 'string' },
    out: { type: 'string' },
    years: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: ['<action>', '[<id.p12>]'],
  async run(parsed, _runtime, io) {
    const [action, file] = parsed.positionals;
    if (action === 'create') {
      if (file !== undefined)
        throw new UsageError('identity create takes no file argument; name the new file with --out.');
      return create(parsed, io);
    }
    if (action !== 'show' && action !== 'export-cert')
      throw new UsageError(`unknown action "${action ?? ''}"; use create, show or export-cert.`);
    if (file === undefined) throw new UsageError(`missing <id.p12> for identity ${action}.`);
    return action === 'show' ? show(file, parsed, io) : exportCertificate(file, parsed, io);
  },
};

function asFailure(error: unknown): unknown {
  if (!(error instanceof ClausebookError)) return error;
  return new CliFailure(error.toValue(), error.code === 'VALIDATION' ? EXIT_FAILED : EXIT_USAGE);
}

function stringOption(parsed: ParsedCommand, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

async function create(parsed: ParsedCommand, io: CliIo): Promise<number> {
  const out = stringOption(parsed, 'out');
  const name = stringOption(parsed, 'name');
  const email = stringOption(parsed, 'email');
  if (name === undefined) throw new UsageError('missing --name <name>.');
  if (email === undefined) throw new UsageError('missing --email <address>.');
  if (out === undefined) throw new UsageError('missing --out <id.p12>.');
  const years = stringOption(parsed, 'years');
  if (years !== undefined && !/^\d+$/.test(years))
    throw new UsageError(`--years must be a whole number, not "${years}".`);
  const input = {
    name,
    organisation: stringOption(parsed, 'org') ?? '',
    email,
    passphrase: '',
    ...(years !== undefined ? { validityYears: Number(years) } : {}),
  };
  // Everything that can be wrong is said before the passphrase is asked for.
  if (existsSync(out))
    throw new CliFailure(
      {
        code: 'CONFLICT',
        message: `${out} already exists; choose another name, or move the existing file away first.`,
      },
      EXIT_USAGE,
    );
  const { passphrase: _ignored, ...problems } = identityInputProblems(input);
  if (Object.keys(problems).length > 0)
    throw new CliFailure({ code: 'VALIDATION', message: Object.values(problems).join(' ') }, EXIT_FAILED);

  const passphrase = await readPassphrase(`Passphrase to protect ${out}: `, true);
  try {
    const { p12, certificate } = createIdentity({ ...input, passphrase });
    const written = writeNewFile(out, p12);
    chmodSync(written, 0o600);
    io.out(`Created ${out}: the signing identity of ${describeSubject(certificate)}.`);
    for (const line of describeCertificate(certificate)) io.out(line);
    io.out('');
    io.out(
      `Give auditors the certificate (clausebook identity export-cert ${out} --out cert.pem), never ${out}.`,
    );
    return EXIT_OK;
  } catch (error) {
    throw asFailure(error);
  }
}

function readIdentityFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure(
      {
        code: code === 'ENOENT' ? 'NOT_FOUND' : 'IO',
        message:
          code === 'ENOENT'
            ? `${file} does not exist.`
            : `${file} cannot be read (${code ?? 'unknown error'}).`,
      },
      EXIT_USAGE,
    );
  }
}

async function unlock(file: string): Promise<UnlockedIdentity> {
  const bytes = readIdentityFile(file);
  const passphrase = await readPassphrase(`Passphrase of ${file}: `, false);
  try {
    return unlockIdentity(bytes, passphrase);
  } catch (error) {
    if (error instanceof ClausebookError)
      throw new CliFailure({ code: error.code, message: `${file}: ${error.message}` }, EXIT_USAGE);
    throw error;
  }
}

async function show(file: string, parsed: ParsedCommand, io: CliIo): Promise<number> {
  const identity = await unlock(file);
  if (parsed.values.json) {
    io.out(JSON.stringify(identity.certificate, null, 2));
    return EXIT_OK;
  }
  const details = identity.privateKey.asymmetricKeyDetails;
  const key =
    identity.privateKey.asymmetricKeyType === 'rsa'
      ? `RSA ${details?.modulusLength ?? '?'}-bit`
      : `EC ${details?.namedCurve ?? ''}`.trim();
  io.out(`${file}: the signing identity of ${describeSubject(identity.certificate)}.`);
  for (const line of describeCertificate(identity.certificate, [
    ['Key', `${key} (private key present)`],
    ...(identity.chainDer.length > 0
      ? ([['Chain', `${identity.chainDer.length} issuer certificate(s) included`]] as [string, string][])
      : []),
  ]))
    io.out(line);
  return EXIT_OK;
}

async function exportCertificate(file: string, parsed: ParsedCommand, io: CliIo): Promise<number> {
  const out = stringOption(parsed, 'out');
  if (out !== undefined && existsSync(out))
    throw new CliFailure(
      {
        code: 'CONFLICT',
        message: `${out} already exists; choose another name, or move the existing file away first.`,
      },
      EXIT_USAGE,
    );
  const identity = await unlock(file);
  const pem = certificatePem(identity.certificateDer);
  if (out === undefined) {
    io.out(pem.trimEnd());
    return EXIT_OK;
  }
  try {
    writeNewFile(out, Buffer.from(pem, 'ascii'));
  } catch (error) {
    throw asFailure(error);
  }
  io.out(`Wrote the certificate of ${describeSubject(identity.certificate)} to ${out} (no private key).`);
  io.out(`Fingerprint  SHA-256 ${identity.certificate.fingerprintSha256}`);
  return EXIT_OK;
}

function describeSubject(certificate: CertificateInfo): string {
  const { commonName, organisation, email } = certificate.subject;
  const extra = [organisation, email].filter(Boolean).join(', ');
  return extra ? `${commonName} (${extra})` : commonName || 'an unnamed subject';
}

function describeCertificate(certificate: CertificateInfo, more: [string, string][] = []): string[] {
  const expired = new Date(certificate.notAfter) < new Date();
  const rows: [string, string][] = [
    ['Name', certificate.subject.commonName || '(none)'],
    ['Organisation', certificate.subject.organisation || '(none)'],
    ['Email', certificate.subject.email || '(none)'],
    ['Issuer', certificate.selfSigned ? `${certificate.issuer} (self-signed)` : certificate.issuer],
    ['Serial', certificate.serialNumber],
    [
      'Valid',
      `${certificate.notBefore.slice(0, 10)} to ${certificate.notAfter.slice(0, 10)}${expired ? ' (EXPIRED)' : ''}`,
    ],
    ['Fingerprint', `SHA-256 ${certificate.fingerprintSha256}`],
    ...more,
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => label.padEnd(width) + value);
}
