import { parentPort, workerData } from 'node:worker_threads';
import { ClausebookError } from '../../../api/errors';
import { buildSignedPack } from './build-signed-pack';
import type { PackBuildRequest } from './pack-request';
import type { EvidenceMessage, WorkerMessage } from './run-pack-build';

/**
 * Worker-thread entry (bundled as pack-worker.cjs beside the main and CLI bundles): builds one pack
 * and reports progress and the outcome to the thread that started it, asking it for each evidence
 * file in turn (the workspace is locked to that thread's connection). Errors travel as values
 * with a message fit for the user, never as stack traces.
 */
const port = parentPort;
if (!port) throw new Error('pack-worker.cjs runs only as a worker thread.');
const post = (message: WorkerMessage) => port.postMessage(message);

const waiting = new Map<string, { resolve: (content: Uint8Array) => void; reject: (error: Error) => void }>();
port.on('message', (message: EvidenceMessage) => {
  const pending = waiting.get(message.sha256);
  if (!pending) return;
  waiting.delete(message.sha256);
  if ('error' in message)
    pending.reject(new ClausebookError(message.error.code, message.error.message, message.error.details));
  else pending.resolve(message.content);
});

buildSignedPack(
  workerData as PackBuildRequest,
  (progress) => post({ type: 'progress', progress }),
  (sha256) =>
    new Promise<Uint8Array>((resolve, reject) => {
      waiting.set(sha256, { resolve, reject });
      post({ type: 'read', sha256 });
    }),
).then(
  (result) => {
    post({ type: 'done', result });
    port.unref();
  },
  (error: unknown) => {
    post({
      type: 'failed',
      error:
        error instanceof ClausebookError
          ? error.toValue()
          : { code: 'INTERNAL', message: `The pack could not be written: ${(error as Error).message}` },
    });
    port.unref();
  },
);
