import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ClausebookError } from '../../api/errors';
import { evidenceSizeProblem } from './evidence-limits';

/**
 * Reads a file on this machine to add as evidence (CLI, Electron main). Its size is judged before
 * it is read, so an oversized file is never loaded into memory. Only reads: nothing is written.
 */
export function readEvidenceFile(file: string): { fileName: string; bytes: Buffer } {
  const fileName = path.basename(file);
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new ClausebookError('IO', `${file} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ClausebookError) throw error;
    throw unreadable(file, error);
  }
  const problem = evidenceSizeProblem(fileName, size);
  if (problem)
    throw new ClausebookError('VALIDATION', problem, { issues: [{ path: ['path'], message: problem }] });
  try {
    return { fileName, bytes: readFileSync(file) };
  } catch (error) {
    throw unreadable(file, error);
  }
}

function unreadable(file: string, error: unknown): ClausebookError {
  const code = (error as NodeJS.ErrnoException).code;
  return new ClausebookError(
    'IO',
    code === 'ENOENT'
      ? `There is no file ${file}.`
      : `Could not read ${file} (${code ?? (error as Error).message}).`,
  );
}
