import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEvidence } from '../../../../src-main/core/evidence/evidence-store';
import { PackJobs } from '../../../../src-main/core/packs/export/pack-jobs';
import { verifyPackFile } from '../../../../src-main/core/packs/verify/verify-pack';
import { writeContext } from '../../../../src-main/core/registers/write-context';
import { createSampleWorkspace } from '../../../../src-main/core/sample/create-sample-workspace';
import type { Workspace } from '../../../../src-main/core/workspace/workspace';
import { pdfsigAccepts, run } from '../../../helpers/packs/pack-tools';
import { makeTestIdentity, type TestIdentity } from '../../../helpers/packs/test-identity';

const MIB = 1024 * 1024;
/** Several files of a few MiB each, some sharing content, as a real client folder has. */
const SIZES = [6 * MIB, 3 * MIB + 17, 5 * MIB, 1, 8 * MIB - 3];

/**
 * A pack whose evidence is written as an incremental update, file by file, and signed by a
 * second one: checked the way an auditor would, by poppler, qpdf and Clausebook's own verifier
 * reading the file from disk, and by extracting every attachment and comparing its bytes.
 */
describe('a pack with several multi-megabyte evidence files', { timeout: 120_000 }, () => {
  let dir: string;
  let workspace: Workspace;
  let identity: TestIdentity;
  const contents: Buffer[] = SIZES.map((size) => randomBytes(size));
  contents.push(contents[0]!); // the same content twice: embedded once, listed twice

  beforeAll(async () => {
    identity = makeTestIdentity();
    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-pack-large-'));
    workspace = (await createSampleWorkspace(path.join(dir, 'client.clausebook'), new Date())).workspace;
    const agreement = workspace.db
      .prepare('SELECT id FROM agreement ORDER BY code LIMIT 1')
      .pluck()
      .get() as string;
    const context = writeContext(workspace.db);
    contents.forEach((bytes, index) =>
      addEvidence(context, {
        fileName: `large-${index + 1}.bin`,
        mediaType: 'application/octet-stream',
        bytes,
        description: `Large evidence file ${index + 1}`,
        effectiveDate: null,
        links: [{ kind: 'record', register: 'agreements', id: agreement }],
      }),
    );
  });
  afterAll(() => {
    workspace.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is valid for pdfsig, qpdf and verify, and pdfdetach gives every file back byte for byte', async () => {
    const output = path.join(dir, 'pack.pdf');
    const phases: string[] = [];
    const jobs = new PackJobs();
    const { jobId, done } = await jobs.start({
      workspace,
      identity: identity.unlocked,
      options: {
        clauses: ['4', '5', '6', '7', '8', '9', '10'],
        includeInternalNotes: false,
        embedEvidence: true,
      },
      outputPath: output,
    });
    const embedProgress: number[] = [];
    const poll = setInterval(() => {
      const state = jobs.get(jobId);
      if (state.state === 'running') {
        phases.push(state.phase);
        if (state.phase === 'embed') embedProgress.push(state.done);
      }
    }, 1);
    const job = await done;
    clearInterval(poll);
    if (job.state !== 'done') throw new Error(`the export failed: ${JSON.stringify(job)}`);

    const bytes = readFileSync(output);
    expect(job.export.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(job.export.sizeBytes).toBe(bytes.length);
    expect(phases).toContain('embed');

    expect(pdfsigAccepts(output)).toBe(true);
    expect(run('qpdf', ['--check', output]).status).toBe(0);

    const report = verifyPackFile(output);
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.fileSha256).toBe(job.export.sha256);
    const large = report.files.filter((file) => file.fileName.startsWith('large-'));
    expect(large).toHaveLength(contents.length);

    // Each file is in the pack once, however often it is listed.
    const firstBytes = contents[0]!.subarray(0, 4096);
    let copies = 0;
    for (let at = bytes.indexOf(firstBytes); at !== -1; at = bytes.indexOf(firstBytes, at + 1)) copies += 1;
    expect(copies).toBe(1);

    const saved = path.join(dir, 'saved');
    expect(run('mkdir', [saved]).status).toBe(0);
    expect(run('pdfdetach', ['-saveall', '-o', saved, output]).status).toBe(0);
    for (const file of large) {
      const index = Number(/large-(\d+)\.bin/.exec(file.fileName)![1]) - 1;
      const extracted = readFileSync(path.join(saved, file.attachmentName));
      expect(extracted.equals(contents[index]!), file.attachmentName).toBe(true);
    }
  });

  it('refuses to overwrite an existing file and leaves no temporary file behind', async () => {
    const output = path.join(dir, 'pack.pdf');
    const before = readFileSync(output);
    const { done } = await new PackJobs().start({
      workspace,
      identity: identity.unlocked,
      options: { clauses: ['8'], includeInternalNotes: false, embedEvidence: true },
      outputPath: output,
    });
    const job = await done;
    expect(job).toMatchObject({ state: 'failed', error: { code: 'CONFLICT' } });
    expect(readFileSync(output).equals(before)).toBe(true);
    expect(run('sh', ['-c', `ls -a '${dir}' | grep -c partial || true`]).stdout.trim()).toBe('0');
  });
});
