import path from 'node:path';
import { ClausebookError } from '../../api/errors';
import { describe } from './inspect-workspace-file';

/** Turns an error SQLite raised while opening a workspace into one message a user can act on. */
export function workspaceOpenError(file: string, error: unknown): ClausebookError {
  if (error instanceof ClausebookError) return error;
  const name = path.basename(file);
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new ClausebookError(
        'WORKSPACE_LOCKED',
        `${name} is open in another Clausebook window or process. Close it there, then open it here.`,
      );
    case 'SQLITE_NOTADB':
      return new ClausebookError(
        'WORKSPACE_NOT_SQLITE',
        `${name} is not a Clausebook workspace: it is not a SQLite database file.`,
      );
    case 'SQLITE_CORRUPT':
    case 'SQLITE_CORRUPT_VTAB':
    case 'SQLITE_CORRUPT_INDEX':
    case 'SQLITE_CORRUPT_SEQUENCE':
      return new ClausebookError(
        'WORKSPACE_CORRUPT',
        `${name} is damaged and cannot be opened safely. Restore it from a backup.`,
      );
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
      return new ClausebookError(
        'WORKSPACE_READ_ONLY',
        `${name} cannot be opened for writing: ${describe(error)}.`,
      );
    case 'SQLITE_FULL':
      return new ClausebookError('IO', `The disk holding ${name} is full.`);
    default:
      return new ClausebookError('IO', `Clausebook could not open ${name}: ${describe(error)}.`);
  }
}
