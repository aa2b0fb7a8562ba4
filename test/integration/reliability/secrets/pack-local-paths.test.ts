import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../../src-main/api/contract';
import { createApi } from '../../../../src-main/api/handlers';
import { createSampleWorkspace } from '../../../../src-main/core/sample/create-sample-workspace';
import { Session } from '../../../../src-main/core/session';
import { run } from '../../../helpers/packs/pack-tools';

const PASSPHRASE = 'Local-paths passphrase 2208';
const EVIDENCE_NAME = 'Board minutes 2026-03.txt';

/**
 * A pack goes to an auditor outside the client's machine: it must not tell them where the
 * consultant keeps files. The workspace and the evidence come from recognisable folders, the
 * evidence is added by path, and the pack is read the ways an auditor could: its raw bytes, its
 * streams decompressed by qpdf, its text by pdftotext, its metadata by pdfinfo, and every embedded
 * file (the manifest first) by pdfdetach.
 */
describe('exported packs hold no local paths', { timeout: 120_000 }, () => {
  let root: string;
  let workspaceFolder: string;
  let evidenceFolder: string;
  let packFile: string;
  let session: Session;
  let views: { name: string; text: string }[];

  async function call(method: MethodName, input: unknown, access: 'renderer' | 'local' = 'renderer') {
    const result = await api.dispatch(method, input, { transport: 'ipc', access });
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Record<string, unknown>;
  }
  let api: ReturnType<typeof createApi>;

  beforeAll(async () => {
    root = realpathSync(mkdtempSync(path.join(tmpdir(), 'clausebook-secrets-paths-')));
    workspaceFolder = path.join(root, 'Consultant files Q7', 'Harbourline engagement');
    evidenceFolder = path.join(root, 'Client share Q7', 'Board papers');
    mkdirSync(workspaceFolder, { recursive: true });
    mkdirSync(evidenceFolder, { recursive: true });
    const workspaceFile = path.join(workspaceFolder, 'Harbourline.clausebook');
    (await createSampleWorkspace(workspaceFile, new Date())).workspace.close();
    writeFileSync(
      path.join(evidenceFolder, EVIDENCE_NAME),
      'Board meeting, March 2026: the service management policy was approved.\n',
    );

    session = new Session();
    api = createApi(session, { appVersion: '0.0.0-test', userDataDir: () => path.join(root, 'user-data') });
    await call('workspace.open', { path: workspaceFile, upgrade: false }, 'local');
    await call(
      'evidence.addFile',
      {
        path: path.join(evidenceFolder, EVIDENCE_NAME),
        description: 'Approval of the policy',
        links: [{ kind: 'item', itemId: '4.1-02' }],
      },
      'local',
    );
    const identity = await call('identities.create', {
      name: 'Priya Raman',
      organisation: 'Raman Assurance',
      email: 'priya@example.com',
      passphrase: PASSPHRASE,
    });
    const started = await call('packs.start', {
      fingerprint: identity.fingerprintSha256,
      passphrase: PASSPHRASE,
      options: { clauses: ['4'], includeInternalNotes: true, embedEvidence: true },
    });
    let job: Record<string, unknown>;
    do {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = await call('packs.job', { jobId: started.jobId });
    } while (job.state === 'running');
    if (job.state !== 'done') throw new Error(`the export failed: ${JSON.stringify(job)}`);
    const packsFolder = path.join(workspaceFolder, 'Harbourline packs');
    packFile = path.join(packsFolder, (job.export as { fileName: string }).fileName);

    const bytes = readFileSync(packFile);
    const uncompressed = path.join(root, 'uncompressed.pdf');
    // qpdf exits 3 on warnings; the output is still written.
    run('qpdf', ['--qdf', '--object-streams=disable', '--decode-level=all', packFile, uncompressed]);
    const attachments = path.join(root, 'attachments');
    mkdirSync(attachments);
    expect(run('pdfdetach', ['-saveall', '-o', attachments, packFile]).status).toBe(0);
    views = [
      { name: 'raw bytes', text: bytes.toString('latin1') },
      { name: 'decompressed by qpdf', text: readFileSync(uncompressed).toString('latin1') },
      { name: 'pdftotext', text: run('pdftotext', [packFile, '-']).stdout },
      { name: 'pdfinfo', text: run('pdfinfo', ['-meta', packFile]).stdout },
      ...readdirSync(attachments).map((name) => ({
        name: `embedded ${name}`,
        text: readFileSync(path.join(attachments, name)).toString('utf8'),
      })),
    ];
  });
  afterAll(() => {
    session?.closeSync();
    rmSync(root, { recursive: true, force: true });
  });

  it('embeds the evidence added by path, so its name and manifest entry are in the pack', () => {
    const manifest = views.find((view) => view.name === 'embedded clausebook-manifest.json');
    expect(manifest).toBeDefined();
    expect(manifest!.text).toContain(EVIDENCE_NAME);
    expect(views.map((view) => view.name)).toContainEqual(expect.stringContaining(EVIDENCE_NAME));
    expect(views.find((view) => view.name === 'pdftotext')!.text).toContain('Board minutes');
    expect(views.find((view) => view.name === 'decompressed by qpdf')!.text).toContain('/EmbeddedFiles');
  });

  it('names neither the workspace folder, the evidence folder, the home folder nor the temporary folder', () => {
    const forbidden = [
      workspaceFolder,
      evidenceFolder,
      root,
      // With the separator: "/tmp" or "/root" alone could be a few bytes of a compressed stream.
      `${homedir()}${path.sep}`,
      `${tmpdir()}${path.sep}`,
      'Consultant files Q7',
      'Client share Q7',
    ];
    const found = views.flatMap((view) =>
      forbidden.filter((text) => view.text.includes(text)).map((text) => `${view.name}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
