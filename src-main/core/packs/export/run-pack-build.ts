import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ClausebookError, type ApiErrorValue } from '../../../api/errors';
import { buildSignedPack } from './build-signed-pack';
import type { PackBuildProgress, PackBuildRequest, PackBuildResult } from './pack-request';

type WorkerMessage =
  | { type: 'progress'; progress: PackBuildProgress }
  | { type: 'done'; result: PackBuildResult }
  | { type: 'failed'; error: ApiErrorValue };

/** The worker bundle, built beside the bundle this code runs in (dist/main, dist/cli). */
export function packWorkerFile(folder: string = __dirname): string | null {
  const file = path.join(folder, 'pack-worker.cjs');
  return existsSync(file) ? file : null;
}

/**
 * Builds a pack off the calling thread when the worker bundle exists, so the Electron main process
 * and the loopback host keep answering while a large pack is laid out and signed. Run from sources
 * (unit tests) there is no bundle, and the same code runs in process.
 */
export function runPackBuild(
  request: PackBuildRequest,
  onProgress: (progress: PackBuildProgress) => void,
  workerFile: string | null = packWorkerFile(),
): Promise<PackBuildResult> {
  if (workerFile === null) return buildSignedPack(request, onProgress);
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: request });
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
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
