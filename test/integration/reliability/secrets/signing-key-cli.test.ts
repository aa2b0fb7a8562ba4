import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdentityStore } from '../../../../src-main/core/packs/identity/identity-store';
import { unlockIdentity } from '../../../../src-main/core/packs/identity/unlock-identity';
import { runPackCli } from '../../../helpers/packs/pack-cli';
import { assertCliBuilt, builtCli, userDataDirIn } from '../../../helpers/reliability/cli-process';
import {
  filesUnder,
  findSecrets,
  findSecretsInFiles,
  keyNeedles,
  newTemporaryFiles,
  passphraseNeedles,
  temporaryEntries,
  type Needle,
} from '../../../helpers/reliability/secret-search';

const FILE_PASSPHRASE = 'Cli-identity passphrase 6120';
const SERVE_PASSPHRASE = 'Serve-identity passphrase 3387';
const WRONG_PASSPHRASE = 'Not-the-passphrase 7744';

/** Code that reads or holds a private key; none of it belongs in the page's bundle. */
const KEY_HANDLING_MARKERS = [
  'PRIVATE KEY-----',
  'privateKeyFromPem',
  'privateKeyFromAsn1',
  'decryptPrivateKeyInfo',
  'pkcs12FromAsn1',
  'createPrivateKey',
];

/**
 * The built CLI as a user runs it: `identity create`, `pack` (in the bundled worker), a mistyped
 * passphrase, `verify`; then `clausebook serve` making an identity and a pack over HTTP. Their
 * output, the answers and every file in the run's folders are searched for the keys and passphrases.
 */
describe('the signing key through the CLI and clausebook serve', { timeout: 180_000 }, () => {
  let dir: string;
  let tmpBefore: Set<string>;
  let needles: Needle[];
  const printed: string[] = [];
  const answers: string[] = [];
  const env = () => ({ CLAUSEBOOK_USER_DATA_DIR: userDataDirIn(dir) });

  function cli(args: string[], passphrase?: string): string {
    const result = runPackCli(args, {
      cwd: dir,
      env: { ...env(), ...(passphrase ? { CLAUSEBOOK_PASSPHRASE: passphrase } : {}) },
    });
    printed.push(`$ clausebook ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
    return `${result.status}`;
  }

  async function serveSession(): Promise<string> {
    const child = spawn(process.execPath, [builtCli, 'serve', 'client.clausebook'], {
      cwd: dir,
      env: { ...process.env, ...env() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
    try {
      for (let waited = 0; !/^http:\/\/\S+/m.test(output); waited += 100) {
        if (waited > 60_000 || child.exitCode !== null) throw new Error(`serve did not start: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const url = new URL(/^http:\/\/\S+/m.exec(output)![0]);
      const call = async (method: string, input: unknown) => {
        const response = await fetch(`${url.origin}/api/${method}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${url.searchParams.get('token')}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify(input),
        });
        const text = await response.text();
        answers.push(`${method} → ${text}`);
        return JSON.parse(text) as { ok: boolean; value: Record<string, unknown> };
      };
      const created = await call('identities.create', {
        name: 'Priya Raman',
        organisation: 'Raman Assurance',
        email: 'priya@example.com',
        passphrase: SERVE_PASSPHRASE,
      });
      const fingerprint = created.value.fingerprintSha256 as string;
      await call('identities.list', {});
      await call('packs.start', { fingerprint, passphrase: WRONG_PASSPHRASE });
      const started = await call('packs.start', {
        fingerprint,
        passphrase: SERVE_PASSPHRASE,
        options: { clauses: ['4', '8'], includeInternalNotes: true, embedEvidence: true },
      });
      let job;
      do {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = await call('packs.job', { jobId: started.value.jobId });
      } while (job.value.state === 'running');
      expect(job.value.state, JSON.stringify(job)).toBe('done');
      const exported = job.value.export as { id: string };
      await call('packs.history', {});
      await call('packs.download', { id: exported.id });
      return fingerprint;
    } finally {
      child.kill('SIGTERM');
      await exited;
      printed.push(`$ clausebook serve client.clausebook\n${output}`);
    }
  }

  beforeAll(async () => {
    assertCliBuilt();
    tmpBefore = temporaryEntries();
    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-secrets-cli-'));
    expect(cli(['demo', 'client.clausebook'])).toBe('0');
    const identityArgs = ['--name', 'Jo Bloggs', '--org', 'Bloggs Audit', '--email', 'jo@example.com'];
    expect(cli(['identity', 'create', ...identityArgs, '--out', 'id.p12'], FILE_PASSPHRASE)).toBe('0');
    expect(cli(['identity', 'show', 'id.p12'], FILE_PASSPHRASE)).toBe('0');
    const pack = ['pack', 'client.clausebook', '--identity', 'id.p12', '--internal-notes', '--out'];
    expect(cli([...pack, 'pack.pdf'], FILE_PASSPHRASE)).toBe('0');
    expect(cli([...pack, 'refused.pdf'], WRONG_PASSPHRASE)).not.toBe('0');
    expect(cli(['verify', 'pack.pdf'])).toBe('0');
    const serveFingerprint = await serveSession();

    const fileKey = unlockIdentity(readFileSync(path.join(dir, 'id.p12')), FILE_PASSPHRASE).privateKey;
    const serveKey = (
      await new IdentityStore(path.join(userDataDirIn(dir), 'identities')).unlock(
        serveFingerprint,
        SERVE_PASSPHRASE,
      )
    ).privateKey;
    needles = [
      ...keyNeedles(fileKey, 'CLI identity key'),
      ...keyNeedles(serveKey, 'serve identity key'),
      ...passphraseNeedles(FILE_PASSPHRASE, 'CLI identity passphrase'),
      ...passphraseNeedles(SERVE_PASSPHRASE, 'serve identity passphrase'),
      ...passphraseNeedles(WRONG_PASSPHRASE, 'mistyped passphrase'),
    ];
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints no key material or passphrase, on stdout or stderr, even for a wrong passphrase', () => {
    const all = printed.join('\n');
    expect(all).toContain('does not unlock'); // the refused export said why
    expect(all).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//m); // serve's output is in the search
    expect(findSecrets('CLI and serve output', all, needles)).toEqual([]);
  });

  it("sends no key material or passphrase in serve's HTTP answers", () => {
    // Every call's answer is in the search, including the whole pack as the page downloads it.
    for (const method of ['identities.create', 'identities.list', 'packs.history', 'packs.download']) {
      expect(answers.some((answer) => answer.startsWith(`${method} → {"ok":true`))).toBe(true);
    }
    expect(findSecrets('HTTP answers', answers.join('\n'), needles)).toEqual([]);
  });

  it('writes identity files readable by the user only, with the key encrypted', () => {
    const stored = path.join(userDataDirIn(dir), 'identities');
    const identityFiles = [
      path.join(dir, 'id.p12'),
      ...readdirSync(stored).map((name) => path.join(stored, name)),
    ];
    for (const file of identityFiles) expect(statSync(file).mode & 0o777, file).toBe(0o600);
    expect(findSecretsInFiles(identityFiles, needles)).toEqual([]);
  });

  it('leaves no key material or passphrase in the workspace, backups, packs or temporary files', () => {
    const files = filesUnder(dir);
    const names = files.map((file) => path.relative(dir, file));
    expect(names).toContain('client.clausebook');
    expect(names).toContain('pack.pdf');
    expect(names.some((name) => name.startsWith(path.join('user-data', 'backups')))).toBe(true);
    expect(names.some((name) => /packs\/.+\.pdf$/.test(name))).toBe(true); // the pack serve made
    expect(findSecretsInFiles(files, needles)).toEqual([]);
    expect(findSecretsInFiles(newTemporaryFiles(tmpBefore, [dir]), needles)).toEqual([]);
  });

  it('ships no private key and no key-reading code in the renderer bundle', () => {
    const rendererDir = path.join(path.dirname(path.dirname(builtCli)), 'renderer');
    const files = filesUnder(rendererDir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    const markers = KEY_HANDLING_MARKERS.map((marker) => ({ label: marker, bytes: Buffer.from(marker) }));
    expect(findSecretsInFiles(files, [...markers, ...needles])).toEqual([]);
  });
});
