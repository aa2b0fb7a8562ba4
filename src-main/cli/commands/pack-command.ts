import path from 'node:path';
import { packClauseNumbers, type PackClauseNumber } from '../../core/packs/document/pack-options';
import { CliFailure, type CliRuntime } from '../cli-runtime';
import { EXIT_OK, UsageError, type CliIo, type Command } from '../command';
import { formatBytes } from '../format';
import { PASSPHRASE_VARIABLE, readPassphrase } from '../passphrase';

const POLL_MS = 200;

export const packCommand: Command = {
  name: 'pack',
  summary: 'Write a signed PDF evidence pack of a workspace, for the auditor.',
  usage: 'clausebook pack <file> --out <pack.pdf> (--identity <id.p12> | --fingerprint <AB:CD:…>) [options]',
  help: [
    '  <file>                  the workspace to make the pack from (the pack is added to its export history)',
    '  --out <pack.pdf>        the file to write; never overwritten',
    '  --identity <id.p12>     sign with this PKCS#12 file (see "clausebook identity create")',
    '  --fingerprint <AB:CD:…> or sign with an identity kept by the app, by its certificate fingerprint',
    '  --clauses 4,5,8         include only these top-level clauses (default: 4 to 10)',
    '  --internal-notes        include the consultant\u2019s internal notes (left out by default)',
    '  --no-evidence           list the evidence files in the manifest without embedding them',
    '',
    `The passphrase is read from the ${PASSPHRASE_VARIABLE} environment variable or, in a terminal, asked`,
    'for without echo; never from an argument. Progress goes to stderr; the last line on stdout names the',
    'pack, its SHA-256 and the signer. Check a pack with "clausebook verify <pack.pdf>".',
  ].join('\n'),
  options: {
    out: { type: 'string' },
    identity: { type: 'string' },
    fingerprint: { type: 'string' },
    clauses: { type: 'string' },
    'internal-notes': { type: 'boolean' },
    'no-evidence': { type: 'boolean' },
  },
  positionals: ['<file>'],
  async run({ positionals, values }, runtime, io) {
    const out = typeof values.out === 'string' ? values.out : '';
    if (!out) throw new UsageError('give the file to write with --out <pack.pdf>.');
    if (path.extname(out).toLowerCase() !== '.pdf')
      throw new UsageError(`the pack must be a .pdf file, not "${out}".`);
    const identity = identityArgument(values);
    const clauses = clausesArgument(values.clauses);
    await runtime.call('workspace.open', { path: positionals[0] ?? '', upgrade: false });
    const passphrase = await readPassphrase('Passphrase of the signing identity: ', false);
    const started = await runtime.call('packs.startFile', {
      outputPath: path.resolve(out),
      identity,
      passphrase,
      options: {
        clauses,
        includeInternalNotes: values['internal-notes'] === true,
        embedEvidence: values['no-evidence'] !== true,
      },
    });
    const finished = await followJob(runtime, started.jobId, io);
    io.out(
      `Wrote ${out} (${formatBytes(finished.sizeBytes)}, ${finished.evidenceFiles} evidence files embedded), ` +
        `pack ${finished.packId}, signed by ${finished.signer.name} (SHA-256 ${finished.signer.fingerprintSha256}).`,
    );
    io.out(`SHA-256 of the pack: ${finished.sha256}`);
    return EXIT_OK;
  },
};

function identityArgument(values: Record<string, string | boolean | undefined>) {
  const file = typeof values.identity === 'string' ? values.identity : '';
  const fingerprint = typeof values.fingerprint === 'string' ? values.fingerprint.toUpperCase() : '';
  if (file && fingerprint) throw new UsageError('give either --identity or --fingerprint, not both.');
  if (file) return { p12Path: path.resolve(file) };
  if (fingerprint) return { fingerprint };
  throw new UsageError('say who signs: --identity <id.p12> or --fingerprint <AB:CD:…>.');
}

function clausesArgument(value: string | boolean | undefined): PackClauseNumber[] {
  if (typeof value !== 'string') return [...packClauseNumbers];
  const clauses = value
    .split(',')
    .map((clause) => clause.trim())
    .filter(Boolean);
  const unknown = clauses.find((clause) => !(packClauseNumbers as readonly string[]).includes(clause));
  if (unknown !== undefined || clauses.length === 0) {
    throw new UsageError(
      `--clauses takes top-level clauses 4 to 10 separated by commas, e.g. 4,5,8; not "${value}".`,
    );
  }
  return clauses as PackClauseNumber[];
}

/** Waits for the pack job, showing its phase on stderr, and returns the export or the failure. */
async function followJob(runtime: CliRuntime, jobId: string, io: CliIo) {
  let shown = '';
  for (;;) {
    const job = await runtime.call('packs.job', { jobId });
    if (job.state === 'done') return { ...job.export };
    if (job.state === 'failed') throw new CliFailure({ code: 'IO', message: job.error.message }, 1);
    const line = `${job.phase}${job.total > 1 ? ` ${job.done}/${job.total}` : ''}`;
    if (line !== shown) io.err(`… ${line}`);
    shown = line;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
