import { method } from './method-spec';
import {
  exportedFile,
  exportFileInput,
  exportFileResult,
  exportInput,
  importFileInput,
  importInput,
  importPreview,
  importPreviewInput,
  importReport,
} from './schemas/import-export';

/**
 * Import and export of registers as CSV and XLSX files. The page sends and receives file content
 * as base64; the CLI and the Electron main process, which have the user's files at hand, use the
 * `local` methods that take paths.
 */
export const importExportMethods = {
  'registers.importPreview': method({
    access: 'renderer',
    summary:
      "The mapping step of an import: the file's columns, the register column each fills (proposed from the headers, or as given), its first rows and every problem an import would report.",
    input: importPreviewInput,
    output: importPreview,
  }),
  'registers.import': method({
    access: 'renderer',
    summary:
      'Import a CSV or XLSX file into a register, all or nothing: rows are matched by code (measurements by target and period), every row is checked first, and a file with any problem writes nothing. With dryRun, report what would change.',
    input: importInput,
    output: importReport,
  }),
  'registers.export': method({
    access: 'renderer',
    summary:
      'A register as a CSV or XLSX file, with the same columns an import reads: file name, MIME type and base64 content.',
    input: exportInput,
    output: exportedFile,
  }),
  'registers.importFile': method({
    access: 'local',
    summary: 'Import a CSV or XLSX file on this machine into a register; as registers.import.',
    input: importFileInput,
    output: importReport,
  }),
  'registers.exportFile': method({
    access: 'local',
    summary:
      'Write a register to a new CSV or XLSX file on this machine; never replaces an existing file, never leaves a half-written one.',
    input: exportFileInput,
    output: exportFileResult,
  }),
} as const;
