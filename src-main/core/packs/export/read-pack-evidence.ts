import { ClausebookError } from '../../../api/errors';
import type { Workspace } from '../../workspace/workspace';

/**
 * The content of one evidence file by its SHA-256, read for the pack writer when it asks, on the
 * thread that owns the workspace. Each read waits for the event loop to come round first, so a
 * pack of many files never holds the thread for more than one file's read at a time.
 */
export function readEvidenceBlob(workspace: Workspace, sha256: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        if (!workspace.isOpen)
          throw new ClausebookError(
            'CONFLICT',
            'The workspace was closed while its pack was being written; open it and export the pack again.',
          );
        const content = workspace.db
          .prepare('SELECT content FROM evidence_blob WHERE sha256 = ?')
          .pluck()
          .get(sha256) as Buffer | undefined;
        if (content === undefined)
          throw new ClausebookError(
            'CONFLICT',
            'An evidence file was removed from the workspace while its pack was being written; export the pack again.',
          );
        resolve(content);
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}
