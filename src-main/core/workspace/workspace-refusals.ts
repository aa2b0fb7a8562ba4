import path from 'node:path';
import { ClausebookError } from '../../api/errors';

/** The refusals more than one step of opening can reach, worded once. */
export function foreignFile(file: string): ClausebookError {
  return new ClausebookError(
    'WORKSPACE_FOREIGN',
    `${path.basename(file)} is a SQLite database, but not a Clausebook workspace (it was made by another program).`,
  );
}

export function tooNew(file: string, version: number, supported: number): ClausebookError {
  return new ClausebookError(
    'WORKSPACE_TOO_NEW',
    `${path.basename(file)} was saved by a newer version of Clausebook (workspace format ${version}; this version reads up to ${supported}). Update Clausebook to open it.`,
    { schemaVersion: version, supported },
  );
}

export function alreadyExists(file: string, advice: string): ClausebookError {
  return new ClausebookError('WORKSPACE_EXISTS', `${path.basename(file)} already exists; ${advice}.`);
}
