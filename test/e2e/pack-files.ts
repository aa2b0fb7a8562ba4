import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ServedWorkspace } from './served-workspace';
import type { WorkspaceApi } from './workspace-api';

/** The folder the app writes packs to: "<workspace name> packs", beside the workspace file. */
export function packsFolder(workspace: ServedWorkspace): string {
  const base = path.basename(workspace.file).replace(/\.clausebook$/, '');
  return path.join(path.dirname(workspace.file), `${base} packs`);
}

/** The PDFs in the packs folder; none when the folder was never made. */
export async function packFiles(workspace: ServedWorkspace): Promise<string[]> {
  const names = await readdir(packsFolder(workspace)).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.pdf'));
}

/**
 * A copy of a pack with one byte changed inside the first stream past the middle of the file: page
 * content or an embedded file, never the structure a reader needs to open it.
 */
export function tamperedInTheMiddle(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  let at = copy.indexOf('stream', Math.floor(copy.length / 2));
  while (at >= 0 && copy.subarray(at - 3, at).toString('latin1') === 'end')
    at = copy.indexOf('stream', at + 6);
  const target = at + 'stream'.length + 16;
  if (at < 0 || copy.indexOf('endstream', at) <= target)
    throw new Error('No stream past the middle of the pack to change a byte in.');
  copy[target] = copy[target]! ^ 0x01;
  return copy;
}

/** A full pack (clauses 4 to 10, evidence embedded) made through the API, as the page makes one. */
export async function makeFullPack(
  api: WorkspaceApi,
  workspace: ServedWorkspace,
  fingerprint: string,
  passphrase: string,
) {
  const { jobId } = await api.call('packs.start', {
    fingerprint,
    passphrase,
    options: {
      clauses: ['4', '5', '6', '7', '8', '9', '10'],
      includeInternalNotes: false,
      embedEvidence: true,
    },
  });
  let job = await api.call('packs.job', { jobId });
  const deadline = Date.now() + 20_000;
  while (job.state === 'running' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    job = await api.call('packs.job', { jobId });
  }
  if (job.state !== 'done') throw new Error(`The pack was not made: ${JSON.stringify(job)}`);
  const file = path.join(packsFolder(workspace), job.export.fileName);
  return { entry: job.export, file, bytes: await readFile(file) };
}
