import { createHash } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../../../src-main/api/contract';
import type { Access } from '../../../../src-main/api/method-spec';
import type { ApiErrorValue } from '../../../../src-main/api/errors';
import { createApi } from '../../../../src-main/api/handlers';
import type { PackJob } from '../../../../src-main/api/schemas/packs';
import { createSampleWorkspace } from '../../../../src-main/core/sample/create-sample-workspace';
import { Session } from '../../../../src-main/core/session';
import { pdfsigAccepts, run } from '../../../helpers/packs/pack-tools';

const PASSPHRASE = 'a long enough passphrase';

/**
 * The export as the app runs it: through the API, with an identity kept in the user's app data,
 * the job followed to its end, the export history in the workspace, and the file checked by
 * poppler. (From sources there is no worker bundle, so the build runs in process here; the CLI
 * test runs the same job in the bundled worker.)
 */
describe('pack export through the API', { timeout: 60_000 }, () => {
  let dir: string;
  let session: Session;
  let api: ReturnType<typeof createApi>;
  let fingerprint: string;
  let workspaceFile: string;

  /** Calls as the page does, or as the desktop app's own code does (`local`: paths on this machine). */
  async function call<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
    access: Access = 'renderer',
  ): Promise<MethodOutput<M>> {
    const result = await api.dispatch(method, input, { transport: 'http', access });
    if (!result.ok) throw Object.assign(new Error(result.error.message), { value: result.error });
    return result.value as MethodOutput<M>;
  }
  async function failure(
    method: MethodName,
    input: unknown,
    access: Access = 'renderer',
  ): Promise<ApiErrorValue> {
    const result = await api.dispatch(method, input, { transport: 'http', access });
    if (result.ok) throw new Error(`${method} succeeded`);
    return result.error;
  }
  async function finished(jobId: string): Promise<PackJob> {
    for (;;) {
      const job = await call('packs.job', { jobId });
      if (job.state !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const packsFolder = () => path.join(dir, 'Harbourline packs');

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-pack-export-'));
    workspaceFile = path.join(dir, 'Harbourline.clausebook');
    (await createSampleWorkspace(workspaceFile, new Date())).workspace.close();
    session = new Session();
    api = createApi(session, { appVersion: '0.0.0-test', userDataDir: () => path.join(dir, 'user-data') });
    await api.dispatch(
      'workspace.open',
      { path: workspaceFile, upgrade: false },
      { transport: 'cli', access: 'local' },
    );
    const identity = await call('identities.create', {
      name: 'Priya Raman',
      organisation: 'Raman Assurance',
      email: 'priya@example.com',
      passphrase: PASSPHRASE,
    });
    fingerprint = identity.fingerprintSha256;
  });
  afterAll(() => {
    session.closeSync();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the identity encrypted in the app data, never in the workspace', async () => {
    const listed = await call('identities.list', {});
    expect(listed.identities.map((identity) => identity.fingerprintSha256)).toEqual([fingerprint]);
    const stored = readdirSync(path.join(dir, 'user-data', 'identities'));
    expect(stored.sort()).toEqual([expect.stringMatching(/\.cer$/), expect.stringMatching(/\.p12$/)]);
    const workspaceBytes = readFileSync(workspaceFile);
    const p12 = readFileSync(
      path.join(
        dir,
        'user-data',
        'identities',
        stored.find((name) => name.endsWith('.p12'))!,
      ),
    );
    expect(workspaceBytes.includes(p12.subarray(0, 64))).toBe(false);
  });

  it('writes a signed pack beside the workspace, records it in the history, and poppler accepts it', async () => {
    const started = await call('packs.start', {
      fingerprint,
      passphrase: PASSPHRASE,
      options: { clauses: ['4', '8'], includeInternalNotes: false, embedEvidence: true },
    });
    const job = await finished(started.jobId);
    if (job.state !== 'done') throw new Error(`the export failed: ${JSON.stringify(job)}`);
    const file = path.join(packsFolder(), job.export.fileName);
    const bytes = readFileSync(file);
    expect(job.export.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(job.export).toMatchObject({
      packId: started.packId,
      signer: { name: 'Priya Raman', organisation: 'Raman Assurance', fingerprintSha256: fingerprint },
      options: { clauses: ['4', '8'], includeInternalNotes: false, embedEvidence: true },
      // The evidence linked to items of clauses 4 and 8, not the files that support only clause 5.
      evidenceFiles: 4,
      sizeBytes: bytes.byteLength,
    });
    expect(job.export.fileName).toMatch(
      /^Harbourline Managed Services Ltd evidence pack \d{4}-\d{2}-\d{2} [0-9a-f]{8}\.pdf$/,
    );
    expect(pdfsigAccepts(file)).toBe(true);
    const text = run('pdftotext', [file, '-']).stdout;
    expect(text).toContain('Harbourline Managed Services Ltd');
    expect(text).toContain('Operation');
    // Internal notes stay out unless asked for; the sample has one on 4.1-02.
    expect(text).not.toContain('Helen agreed to refresh');

    const history = await call('packs.history', {});
    expect(history.exports).toEqual([job.export]);
    const download = await call('packs.download', { id: job.export.id });
    expect(Buffer.from(download.content, 'base64').equals(bytes)).toBe(true);
  });

  it('says a wrong passphrase plainly, and writes and records nothing', async () => {
    const before = (await call('packs.history', {})).exports.length;
    const files = readdirSync(packsFolder()).length;
    const error = await failure('packs.start', { fingerprint, passphrase: 'not the passphrase' });
    expect(error).toMatchObject({ code: 'WRONG_PASSPHRASE', message: expect.stringMatching(/passphrase/) });
    expect((await call('packs.history', {})).exports.length).toBe(before);
    expect(readdirSync(packsFolder()).length).toBe(files);
  });

  it('verifies a pack sent by the page and hands back the evidence inside it unchanged', async () => {
    const [latest] = (await call('packs.history', {})).exports;
    const bytes = readFileSync(path.join(packsFolder(), latest!.fileName));
    const verified = await call('packs.verify', {
      fileName: latest!.fileName,
      content: bytes.toString('base64'),
    });
    expect(verified.report.valid).toBe(true);
    expect(verified.report.fileSha256).toBe(latest!.sha256);
    const scope = verified.report.files.find((file) => file.fileName === 'SMS scope statement v2.1.pdf')!;
    const extracted = await call('packs.verifiedFile', {
      verificationId: verified.verificationId,
      attachmentName: scope.attachmentName,
    });
    expect(createHash('sha256').update(Buffer.from(extracted.content, 'base64')).digest('hex')).toBe(
      scope.sha256,
    );

    const tampered = Buffer.from(bytes);
    tampered[Math.floor(tampered.length / 3)]! ^= 0x01;
    const report = (await call('packs.verify', { fileName: 'x.pdf', content: tampered.toString('base64') }))
      .report;
    expect(report.valid).toBe(false);
    expect(await failure('packs.verify', { content: Buffer.from('hello').toString('base64') })).toMatchObject(
      {
        code: 'NOT_A_PDF',
      },
    );
  });

  it('verifies a pack on disk by position, hands out its evidence, and refuses once the file changed', async () => {
    const [latest] = (await call('packs.history', {})).exports;
    const original = path.join(packsFolder(), latest!.fileName);
    const file = path.join(path.dirname(packsFolder()), 'received pack.pdf');
    copyFileSync(original, file);
    try {
      const verified = await call('packs.verifyFile', { path: file }, 'local');
      expect(verified).toMatchObject({ fileName: 'received pack.pdf', sizeBytes: statSync(file).size });
      expect(verified.report).toMatchObject({ valid: true, fileSha256: latest!.sha256 });
      const scope = verified.report.files.find((entry) => entry.fileName === 'SMS scope statement v2.1.pdf')!;
      const extract = () =>
        call('packs.verifiedFile', {
          verificationId: verified.verificationId,
          attachmentName: scope.attachmentName,
        });
      const extracted = await extract();
      expect(createHash('sha256').update(Buffer.from(extracted.content, 'base64')).digest('hex')).toBe(
        scope.sha256,
      );

      appendFileSync(file, '\n% appended after verifying\n');
      const refusal = await failure('packs.verifiedFile', {
        verificationId: verified.verificationId,
        attachmentName: scope.attachmentName,
      });
      expect(refusal).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/verify it again/) });
      rmSync(file);
      expect(
        await failure('packs.verifiedFile', {
          verificationId: verified.verificationId,
          attachmentName: scope.attachmentName,
        }),
      ).toMatchObject({ code: 'CONFLICT' });
      expect(await failure('packs.verifyFile', { path: file }, 'local')).toMatchObject({
        code: 'IO',
        message: `There is no file ${file}.`,
      });
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('refuses to hand out a pack that was changed in the packs folder', async () => {
    const [latest] = (await call('packs.history', {})).exports;
    const file = path.join(packsFolder(), latest!.fileName);
    const original = readFileSync(file);
    writeFileSync(file, Buffer.concat([original, Buffer.from('\n% appended\n')]));
    try {
      expect(await failure('packs.download', { id: latest!.id })).toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('SHA-256 differs'),
      });
    } finally {
      writeFileSync(file, original);
    }
  });

  it('never lets the page name a path: the file and .p12 variants are local only', async () => {
    const error = await failure('packs.startFile', {
      outputPath: path.join(dir, 'elsewhere.pdf'),
      identity: { fingerprint },
      passphrase: PASSPHRASE,
    });
    expect(error.code).toBe('FORBIDDEN');
    expect(existsSync(path.join(dir, 'elsewhere.pdf'))).toBe(false);
  });
});
