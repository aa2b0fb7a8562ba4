import { parentPort, workerData } from 'node:worker_threads';
import { ClausebookError } from '../../../api/errors';
import { buildSignedPack } from './build-signed-pack';
import type { PackBuildRequest } from './pack-request';

/**
 * Worker-thread entry (bundled as pack-worker.cjs beside the main and CLI bundles): builds one pack
 * and reports progress and the outcome to the thread that started it. Errors travel as values
 * with a message fit for the user, never as stack traces.
 */
const port = parentPort;
if (!port) throw new Error('pack-worker.cjs runs only as a worker thread.');

buildSignedPack(workerData as PackBuildRequest, (progress) =>
  port.postMessage({ type: 'progress', progress }),
).then(
  (result) => port.postMessage({ type: 'done', result }),
  (error: unknown) =>
    port.postMessage({
      type: 'failed',
      error:
        error instanceof ClausebookError
          ? error.toValue()
          : { code: 'INTERNAL', message: `The pack could not be written: ${(error as Error).message}` },
    }),
);
