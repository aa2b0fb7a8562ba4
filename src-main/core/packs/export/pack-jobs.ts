import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ClausebookError } from '../../../api/errors';
import type { PackExport, PackJob } from '../../../api/schemas/packs';
import type { PackOptions } from '../document/pack-options';
import type { Workspace } from '../../workspace/workspace';
import { collectPackData } from '../document/collect-pack-data';
import type { PackData } from '../document/pack-data';
import { readWithoutMemoryMap } from '../../workspace/memory-map';
import { recordPackExport } from '../history/pack-history';
import type { UnlockedIdentity } from '../identity/unlock-identity';
import { readEvidenceBlob } from './read-pack-evidence';
import { runPackBuild } from './run-pack-build';

export interface PackJobRequest {
  workspace: Workspace;
  identity: UnlockedIdentity;
  options: PackOptions;
  outputPath: string;
  now?: Date;
  /** The pack's id, when the caller named the file after it already. */
  packId?: string;
}

/** Finished jobs are kept this long for the UI to collect their outcome. */
const KEEP_FINISHED_MS = 60 * 60 * 1000;

/**
 * Pack exports run as jobs: `start` reads what the pack needs from the workspace in one read
 * transaction (so the pack shows one moment of the workspace, whatever is edited afterwards) and
 * returns. The reading is done in slices that let the event loop turn; a caller in the API queue
 * awaits it, so no other call runs in between. the layout,
 * signing and writing go on in a worker thread while the app keeps answering. The evidence files
 * are read when the writer asks for them, one at a time (evidence content is stored once under its
 * SHA-256 and never changes, and the writer checks each against that fingerprint). The UI polls `get`
 * for progress. When the file is written, the export joins the workspace's history.
 */
export class PackJobs {
  readonly #jobs = new Map<string, { state: PackJob; finishedAt: number | null }>();

  async start(request: PackJobRequest): Promise<{ jobId: string; packId: string; done: Promise<PackJob> }> {
    this.#forgetOld();
    const { workspace, identity, options } = request;
    const now = request.now ?? new Date();
    const jobId = randomUUID();
    const packId = request.packId ?? randomUUID();
    const generatedAt = now.toISOString();
    // A pack reads much of the file once, a GiB of evidence above all: without the memory map,
    // what it read does not stay in the app's resident memory (see readWithoutMemoryMap).
    const mapBack = readWithoutMemoryMap(workspace.db);
    let data: PackData;
    try {
      data = await collectPackData(workspace.db, options, { today: generatedAt.slice(0, 10) });
    } catch (error) {
      mapBack();
      throw error;
    }
    const signer = {
      name: identity.certificate.subject.commonName,
      organisation: identity.certificate.subject.organisation,
      email: identity.certificate.subject.email,
      fingerprintSha256: identity.certificate.fingerprintSha256,
    };
    const entry = {
      state: { state: 'running', packId, phase: 'collect', done: 0, total: 1 } as PackJob,
      finishedAt: null as number | null,
    };
    this.#jobs.set(jobId, entry);

    const done = runPackBuild(
      {
        data,
        packId,
        generatedAt,
        signer,
        signing: {
          privateKey: identity.privateKey,
          certificateDer: identity.certificateDer,
          chainDer: identity.chainDer,
        },
        outputPath: request.outputPath,
      },
      (progress) => {
        if (entry.state.state === 'running') entry.state = { state: 'running', packId, ...progress };
      },
      (sha256) => readEvidenceBlob(workspace, sha256),
    )
      .then(
        (result) => {
          const exported: PackExport = {
            id: randomUUID(),
            packId,
            createdAt: generatedAt,
            fileName: path.basename(request.outputPath),
            signer: {
              name: signer.name,
              organisation: signer.organisation,
              fingerprintSha256: signer.fingerprintSha256,
            },
            options,
            evidenceFiles: result.evidenceFiles,
            sizeBytes: result.sizeBytes,
            sha256: result.sha256,
            changeLogHead: data.changeLog.headHash,
          };
          // The workspace may have been closed while the pack was written; the file stands anyway.
          if (workspace.isOpen) recordPackExport(workspace.db, exported);
          return this.#finish(entry, { state: 'done', packId, export: exported });
        },
        (error: unknown) => {
          const value =
            error instanceof ClausebookError
              ? { code: error.code, message: error.message }
              : { code: 'INTERNAL', message: `The pack could not be written: ${(error as Error).message}` };
          return this.#finish(entry, { state: 'failed', packId, error: value });
        },
      )
      .finally(mapBack);
    return { jobId, packId, done };
  }

  get(jobId: string): PackJob {
    const entry = this.#jobs.get(jobId);
    if (!entry) {
      throw new ClausebookError(
        'NOT_FOUND',
        'That pack export is not known; it may have finished over an hour ago.',
      );
    }
    return entry.state;
  }

  #finish(entry: { state: PackJob; finishedAt: number | null }, state: PackJob): PackJob {
    entry.state = state;
    entry.finishedAt = Date.now();
    return state;
  }

  #forgetOld(): void {
    const cutoff = Date.now() - KEEP_FINISHED_MS;
    for (const [id, entry] of this.#jobs)
      if (entry.finishedAt !== null && entry.finishedAt < cutoff) this.#jobs.delete(id);
  }
}
