import { closeSync, constants, openSync, readSync, statSync, accessSync } from 'node:fs';
import path from 'node:path';
import { ClausebookError } from '../../api/errors';
import { APPLICATION_ID } from './format';
import { foreignFile, tooNew } from './workspace-refusals';
import { SQLITE_HEADER_BYTES, isValidPageSize, parseSqliteHeader } from './sqlite-header';

export interface WorkspaceFileFacts {
  sizeBytes: number;
  schemaVersion: number;
}

/**
 * Judges a file before SQLite opens it, reading only. Every refusal names the file and what is
 * wrong, and leaves the file exactly as it was.
 */
export function inspectWorkspaceFile(file: string, latestSchemaVersion: number): WorkspaceFileFacts {
  const name = path.basename(file);
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    if (isCode(error, 'ENOENT'))
      throw new ClausebookError('WORKSPACE_NOT_FOUND', `There is no file at ${file}.`);
    throw new ClausebookError('IO', `Clausebook cannot read ${name}: ${describe(error)}.`);
  }
  if (stats.isDirectory()) {
    throw new ClausebookError(
      'WORKSPACE_NOT_SQLITE',
      `${name} is a folder, not a Clausebook workspace file.`,
    );
  }
  // Pipes and devices would block the read below, and are never workspaces.
  if (!stats.isFile()) {
    throw new ClausebookError(
      'WORKSPACE_NOT_SQLITE',
      `${name} is not a regular file, so not a Clausebook workspace.`,
    );
  }
  if (stats.size === 0) {
    throw new ClausebookError('WORKSPACE_NOT_SQLITE', `${name} is empty: it is not a Clausebook workspace.`);
  }

  const header = parseSqliteHeader(readHead(file, name));
  if (!header) {
    throw new ClausebookError(
      'WORKSPACE_NOT_SQLITE',
      `${name} is not a Clausebook workspace: it is not a SQLite database file.`,
    );
  }
  if (header.applicationId !== APPLICATION_ID) throw foreignFile(file);
  if (header.userVersion > latestSchemaVersion) throw tooNew(file, header.userVersion, latestSchemaVersion);
  if (header.userVersion === 0) {
    throw new ClausebookError(
      'WORKSPACE_CORRUPT',
      `${name} is an incomplete Clausebook workspace: it was never fully created. Create it again or restore a backup.`,
    );
  }
  if (!isValidPageSize(header.pageSize)) {
    throw new ClausebookError(
      'WORKSPACE_CORRUPT',
      `${name} is damaged: its header is not valid. Restore it from a backup.`,
    );
  }
  // A write-ahead log beside the file may still hold pages that belong at the end of the file;
  // SQLite recovers those on open, so only judge the length when there is no log to replay.
  if (!hasPendingLog(file)) {
    const expected = header.pageCount === null ? null : header.pageCount * header.pageSize;
    if (stats.size % header.pageSize !== 0 || (expected !== null && stats.size < expected)) {
      throw new ClausebookError(
        'WORKSPACE_TRUNCATED',
        `${name} is truncated: it holds ${stats.size} bytes${expected === null ? '' : ` but should hold ${expected}`}. It may have been cut short while copying; restore it from a backup or copy it again.`,
        { sizeBytes: stats.size, expectedBytes: expected },
      );
    }
  }
  if ((stats.mode & 0o222) === 0 || !canWrite(file) || !canWrite(path.dirname(file))) {
    throw new ClausebookError(
      'WORKSPACE_READ_ONLY',
      `${name} is read-only. Clausebook saves every change straight into the workspace, so it needs a file (and folder) it can write: change its permissions or copy it somewhere writable.`,
    );
  }
  return { sizeBytes: stats.size, schemaVersion: header.userVersion };
}

function readHead(file: string, name: string): Uint8Array {
  const buffer = new Uint8Array(SQLITE_HEADER_BYTES);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const read = readSync(fd, buffer, 0, SQLITE_HEADER_BYTES, 0);
    return buffer.subarray(0, read);
  } catch (error) {
    throw new ClausebookError('IO', `Clausebook cannot read ${name}: ${describe(error)}.`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function hasPendingLog(file: string): boolean {
  try {
    return statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

function canWrite(target: string): boolean {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

export function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'ENOSPC') return 'the disk is full';
    if (code === 'EISDIR') return 'it is a folder';
    if (typeof message === 'string') return message;
  }
  return String(error);
}
