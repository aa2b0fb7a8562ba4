import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ClausebookError, type ApiErrorValue } from '../../../api/errors';
import { yieldToEventLoop } from '../../../shared/event-loop-slicer';
import { buildSignedPack, type ReadEvidence } from './build-signed-pack';
import type { PackBuildProgress, PackBuildRequest, PackBuildResult } from './pack-request';

/** What the worker tells the thread that started it. */
export type WorkerMessage =
  | { type: 'progress'; progress: PackBuildProgress }
  | { type: 'read'; sha256: string }
  | { type: 'done'; result: PackBuildResult }
  | { type: 'failed'; error: ApiErrorValue };

/** The answer to a 'read': the evidence content, or why it could not be read. */
export type EvidenceMessage =
  | { type: 'evidence'; sha256: string; content: Uint8Array }
  | { type: 'evidence'; sha256: string; error: ApiErrorValue };

/** The worker bundle, built beside the bundle this code runs in (dist/main, dist/cli). */
export function packWorkerFile(folder: string = __dirname): string | null {
  const file = path.join(folder, 'pack-worker.cjs');
  return existsSync(file) ? file : null;
}

/**
 * Builds a pack off the calling thread when the worker bundle exists, so the Electron main process
 * and the loopback host keep answering while a large pack is laid out and signed. Run from sources
 * (unit tests) there is no bundle, and the same code runs in process.
 *
 * The worker asks for evidence one file at a time and the answer's memory is handed over, not
 * copied; it asks for the next only once the last is written, so at most one evidence file is in
 * flight whatever the pack holds.
 */
export function runPackBuild(
  request: PackBuildRequest,
  onProgress: (progress: PackBuildProgress) => void,
  readEvidence: ReadEvidence,
  workerFile: string | null = packWorkerFile(),
): Promise<PackBuildResult> {
  if (workerFile === null)
    // As with a worker, the build begins only after this call has returned to its caller.
    return yieldToEventLoop().then(() => buildSignedPack(request, onProgress, readEvidence));
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: request });
    let settled = false;
    const answer = (sha256: string) => {
      readEvidence(sha256).then(
        (content) => {
          const owned =
            content.byteOffset === 0 && content.byteLength === content.buffer.byteLength
              ? [content.buffer as ArrayBuffer]
              : [];
          worker.postMessage({ type: 'evidence', sha256, content } satisfies EvidenceMessage, owned);
        },
        (error: unknown) =>
          worker.postMessage({
            type: 'evidence',
            sha256,
            error:
              error instanceof ClausebookError
                ? error.toValue()
                : {
                    code: 'INTERNAL',
                    message: `The evidence could not be read: ${(error as Error).message}`,
                  },
          } satisfies EvidenceMessage),
      );
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'read') answer(message.sha256);
      else if (message.type === 'done') {
        settled = true;
        resolve(message.result);
      } else {
        settled = true;
        reject(new ClausebookError(message.error.code, message.error.message, message.error.details));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(new ClausebookError('INTERNAL', `The pack writer stopped: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (!settled)
        reject(new ClausebookError('INTERNAL', `The pack writer ended early (exit code ${code}).`));
    });
  });
}
