import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HandlerRegistry } from '../registry';
import type { Session } from '../../core/session';
import { ClausebookError } from '../errors';
import { writeContext } from '../../core/registers/write-context';
import { importRegister } from '../../core/import-export/import-register';
import { previewImport } from '../../core/import-export/preview-import';
import { exportRegister, formatOfFileName } from '../../core/import-export/export/export-register';
import { writeNewFile } from '../../core/import-export/export/write-new-file';
import { fileTooLarge } from '../../core/import-export/import-limits';

/** Import and export of registers: base64 content for the page, paths for local callers. */
export function registerImportExportHandlers(api: HandlerRegistry, session: Session): void {
  const db = () => session.require().db;

  api.register('registers.importPreview', ({ content, previewRows, ...file }) =>
    previewImport(db(), { ...file, bytes: Buffer.from(content, 'base64') }, previewRows),
  );

  api.register('registers.import', ({ content, dryRun, ...file }) =>
    importRegister(writeContext(db()), { ...file, bytes: Buffer.from(content, 'base64') }, { dryRun }),
  );

  api.register('registers.importFile', ({ path: file, dryRun, ...options }) => {
    const context = writeContext(db());
    return importRegister(
      context,
      { ...options, fileName: path.basename(file), bytes: readImportFile(file) },
      { dryRun },
    );
  });

  api.register('registers.export', async ({ register, format }) => {
    const exported = await exportRegister(db(), register, format, new Date());
    return {
      fileName: exported.fileName,
      mimeType: exported.mimeType,
      content: Buffer.from(exported.bytes).toString('base64'),
      rowCount: exported.rowCount,
    };
  });

  api.register('registers.exportFile', async ({ register, path: file, format }) => {
    const chosen = format ?? formatOfFileName(file);
    if (!chosen) {
      throw new ClausebookError(
        'VALIDATION',
        `Give a file name ending in .csv or .xlsx (not ${path.basename(file)}).`,
      );
    }
    const exported = await exportRegister(db(), register, chosen, new Date());
    const written = writeNewFile(file, exported.bytes);
    return { path: written, rowCount: exported.rowCount, sizeBytes: exported.bytes.byteLength };
  });
}

/** Reads a file to import, refusing a missing or oversized one before reading it. */
function readImportFile(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new ClausebookError('IO', `${file} is a folder, not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ClausebookError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ClausebookError(
      'IO',
      code === 'ENOENT'
        ? `There is no file ${file}.`
        : `Could not read ${file} (${code ?? (error as Error).message}).`,
    );
  }
  // Refused before reading, so a huge file is never loaded into memory.
  const tooLarge = fileTooLarge(size, path.basename(file));
  if (tooLarge) throw new ClausebookError('IO', tooLarge);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new ClausebookError(
      'IO',
      `Could not read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
    );
  }
}
