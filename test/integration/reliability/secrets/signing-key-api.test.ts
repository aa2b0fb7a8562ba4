import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MethodName } from '../../../../src-main/api/contract';
import { createApi } from '../../../../src-main/api/handlers';
import { createIdentity } from '../../../../src-main/core/packs/identity/create-identity';
import { IdentityStore } from '../../../../src-main/core/packs/identity/identity-store';
import { createSampleWorkspace } from '../../../../src-main/core/sample/create-sample-workspace';
import { Session } from '../../../../src-main/core/session';
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

const PASSPHRASE = 'Kept-identity passphrase 4417';
const IMPORT_PASSPHRASE = 'Imported-identity passphrase 9902';
const WRONG_PASSPHRASE = 'Not-the-passphrase 5531';

/**
 * The signing key through the API as the page uses it (renderer access): an identity is created,
 * another imported and removed, a pack with embedded evidence and internal notes is exported,
 * downloaded and verified. Then every answer the page got, everything the process printed, and
 * every file the run wrote are searched for the keys and the passphrases.
 */
describe('the signing key stays in the main process', { timeout: 120_000 }, () => {
  let dir: string;
  let session: Session;
  let api: ReturnType<typeof createApi>;
  let tmpBefore: Set<string>;
  let needles: Needle[];
  let fingerprint: string;
  const pageSaw: string[] = [];
  const printed: string[] = [];
  const userData = () => path.join(dir, 'user-data');

  async function call(method: MethodName, input: unknown): Promise<unknown> {
    const result = await api.dispatch(method, input, { transport: 'ipc', access: 'renderer' });
    pageSaw.push(`${method} → ${JSON.stringify(result)}`);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  }

  beforeAll(async () => {
    tmpBefore = temporaryEntries();
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      vi.spyOn(stream, 'write').mockImplementation(
        (
          chunk: string | Uint8Array,
          encoding?: BufferEncoding,
          callback?: (error?: Error | null) => void,
        ) => {
          printed.push(Buffer.from(chunk).toString('utf8'));
          return write(chunk, encoding, callback);
        },
      );
    }
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...parts: unknown[]) => {
        printed.push(parts.map((part) => (part instanceof Error ? part.stack : String(part))).join(' '));
      });
    }

    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-secrets-api-'));
    const workspaceFile = path.join(dir, 'Harbourline.clausebook');
    (await createSampleWorkspace(workspaceFile, new Date())).workspace.close();
    session = new Session();
    api = createApi(session, { appVersion: '0.0.0-test', userDataDir: userData });
    await api.dispatch(
      'workspace.open',
      { path: workspaceFile, upgrade: false },
      { transport: 'cli', access: 'local' },
    );

    await call('identities.list', {});
    const created = (await call('identities.create', {
      name: 'Priya Raman',
      organisation: 'Raman Assurance',
      email: 'priya@example.com',
      passphrase: PASSPHRASE,
    })) as { fingerprintSha256: string };
    fingerprint = created.fingerprintSha256;
    await call('identities.certificate', { fingerprint });

    const toImport = createIdentity({
      name: 'Sam Imported',
      organisation: 'Elsewhere Ltd',
      email: 'sam@example.com',
      passphrase: IMPORT_PASSPHRASE,
    });
    const imported = (await call('identities.import', {
      content: toImport.p12.toString('base64'),
      passphrase: IMPORT_PASSPHRASE,
    })) as { fingerprintSha256: string };
    const importedKey = (
      await new IdentityStore(path.join(userData(), 'identities')).unlock(
        imported.fingerprintSha256,
        IMPORT_PASSPHRASE,
      )
    ).privateKey;
    await call('identities.list', {});

    const wrong = await api.dispatch(
      'packs.start',
      { fingerprint, passphrase: WRONG_PASSPHRASE },
      { transport: 'ipc', access: 'renderer' },
    );
    pageSaw.push(`packs.start (wrong passphrase) → ${JSON.stringify(wrong)}`);
    expect(wrong.ok).toBe(false);

    const started = (await call('packs.start', {
      fingerprint,
      passphrase: PASSPHRASE,
      options: { clauses: ['4', '8'], includeInternalNotes: true, embedEvidence: true },
    })) as { jobId: string };
    let job: { state: string; export?: { id: string; fileName: string } };
    do {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await call('packs.job', { jobId: started.jobId })) as typeof job;
    } while (job.state === 'running');
    if (job.state !== 'done' || !job.export) throw new Error(`the export failed: ${JSON.stringify(job)}`);
    await call('packs.history', {});
    const download = (await call('packs.download', { id: job.export.id })) as { content: string };
    const verified = (await call('packs.verify', {
      fileName: job.export.fileName,
      content: download.content,
    })) as { verificationId: string };
    await call('packs.verifiedFile', {
      verificationId: verified.verificationId,
      attachmentName: 'clausebook-manifest.json',
    });
    await call('identities.remove', { fingerprint: imported.fingerprintSha256 });

    const key = (await new IdentityStore(path.join(userData(), 'identities')).unlock(fingerprint, PASSPHRASE))
      .privateKey;
    needles = [
      ...keyNeedles(key, 'kept identity key'),
      ...keyNeedles(importedKey, 'imported identity key'),
      ...passphraseNeedles(PASSPHRASE, 'kept identity passphrase'),
      ...passphraseNeedles(IMPORT_PASSPHRASE, 'imported identity passphrase'),
      ...passphraseNeedles(WRONG_PASSPHRASE, 'mistyped passphrase'),
    ];
  });
  afterAll(() => {
    vi.restoreAllMocks();
    session?.closeSync();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the key in each encoding it searches for, so a miss means no leak', async () => {
    const key = (await new IdentityStore(path.join(userData(), 'identities')).unlock(fingerprint, PASSPHRASE))
      .privateKey;
    const jwk = JSON.stringify(key.export({ format: 'jwk' }));
    const pem = key.export({ type: 'pkcs8', format: 'pem' }) as string;
    const der = key.export({ type: 'pkcs8', format: 'der' });
    const d = Buffer.from((key.export({ format: 'jwk' }) as { d: string }).d, 'base64url');
    expect(findSecrets('jwk', jwk, needles).join()).toMatch(/kept identity key: d \(base64url\)/);
    expect(findSecrets('pem', pem, needles).join()).toMatch(/kept identity key: PEM body line/);
    expect(findSecrets('der', der, needles).join()).toMatch(/kept identity key: PKCS#8 DER/);
    expect(findSecrets('hex', d.toString('hex'), needles).join()).toMatch(/kept identity key: d \(hex\)/);
    expect(findSecrets('log', `unlock("${PASSPHRASE}")`, needles)).toEqual([
      'log: kept identity passphrase (UTF-8)',
    ]);
  });

  it('never sends key material or a passphrase to the page, in any answer or error', () => {
    // The search ran over real answers: the certificate, the whole pack, the manifest.
    // (packs.job is polled as often as the export takes, so methods are compared, not calls.)
    expect([...new Set(pageSaw.map((line) => line.split(' → ')[0]))]).toEqual([
      'identities.list',
      'identities.create',
      'identities.certificate',
      'identities.import',
      'packs.start (wrong passphrase)',
      'packs.start',
      'packs.job',
      'packs.history',
      'packs.download',
      'packs.verify',
      'packs.verifiedFile',
      'identities.remove',
    ]);
    expect(pageSaw.join('\n')).toContain('BEGIN CERTIFICATE');
    expect(findSecrets('answers to the page', pageSaw.join('\n'), needles)).toEqual([]);
  });

  it('never prints key material or a passphrase', () => {
    expect(findSecrets('console and standard streams', printed.join('\n'), needles)).toEqual([]);
  });

  it('keeps the identity file encrypted and readable by the user only', () => {
    const folder = path.join(userData(), 'identities');
    const files = readdirSync(folder).map((name) => path.join(folder, name));
    expect(files.filter((file) => file.endsWith('.p12'))).toHaveLength(1);
    for (const file of files) expect(statSync(file).mode & 0o777, file).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(findSecretsInFiles(files, needles)).toEqual([]);
  });

  it('leaves no key material or passphrase in the workspace, its WAL, the pack or any other file', () => {
    // While the workspace is still open, so the WAL is there to search too.
    const files = filesUnder(dir);
    expect(files.map((file) => path.basename(file))).toEqual(
      expect.arrayContaining(['Harbourline.clausebook', 'Harbourline.clausebook-wal']),
    );
    expect(files.some((file) => file.endsWith('.pdf'))).toBe(true);
    expect(findSecretsInFiles(files, needles)).toEqual([]);
    expect(findSecretsInFiles(newTemporaryFiles(tmpBefore, [dir]), needles)).toEqual([]);
  });
});
