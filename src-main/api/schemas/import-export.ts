import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '../../core/import-export/import-limits';
import { registerNames } from '../../core/registers/register-names';
import { filePath } from './workspace';

/** Every register a file can be imported into or exported from. */
export const fileRegister = z.enum(registerNames, {
  error: `Choose one of the registers: ${registerNames.join(', ')}.`,
});

export const fileFormat = z.enum(['csv', 'xlsx'], { error: 'Choose csv or xlsx.' });

/** Base64 grows a file by a third; the limit is on the file itself. */
const maxBase64Length = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

const fileContent = z
  .base64({ error: 'The file content must be base64.' })
  .max(
    maxBase64Length,
    `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB; split it into smaller files.`,
  );

/** For each column of the file, the register column it fills (by key), or null to leave it out. */
const columnMapping = z.array(z.string().max(40).nullable()).max(1000).nullable().default(null);

/** Excel limits sheet names to 31 characters. */
const sheetName = z.string().trim().min(1).max(31).nullable().default(null);

const uploadedFile = {
  register: fileRegister,
  fileName: z.string().min(1, 'Give the file name.').max(255),
  content: fileContent,
  /** The worksheet of an XLSX workbook; the first visible one when null. */
  sheet: sheetName,
  /** The mapping chosen in the mapping step; proposed from the headers when null. */
  mapping: columnMapping,
};

export const importPreviewInput = z.strictObject({
  ...uploadedFile,
  previewRows: z.number().int().min(1).max(200).default(20),
});

export const importInput = z.strictObject({
  ...uploadedFile,
  /** Check everything and report what would change, without writing. */
  dryRun: z.boolean().default(false),
});

export const importFileInput = z.strictObject({
  register: fileRegister,
  path: filePath,
  sheet: sheetName,
  mapping: columnMapping,
  dryRun: z.boolean().default(false),
});

export const exportInput = z.strictObject({ register: fileRegister, format: fileFormat });

export const exportFileInput = z.strictObject({
  register: fileRegister,
  path: filePath,
  /** Taken from the file name's extension when left out. */
  format: fileFormat.optional(),
});

export const importProblem = z.object({
  kind: z.enum(['file', 'mapping', 'row']),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
  text: z.string(),
});

export const sourceFacts = z.object({
  format: fileFormat,
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
});

const actionCounts = z.object({
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
});

const reportedProblems = {
  /** The first problems, in row order (at most 500). */
  problems: z.array(importProblem),
  problemCount: z.number().int(),
  /** What is not imported and why, e.g. columns that fill no register column. */
  notes: z.array(z.string()),
};

export const importPreview = z.object({
  register: fileRegister,
  source: sourceFacts.nullable(),
  registerColumns: z.array(
    z.object({ key: z.string(), header: z.string(), required: z.boolean(), description: z.string() }),
  ),
  fileColumns: z.array(z.object({ index: z.number().int(), header: z.string() })),
  mapping: z.array(z.string().nullable()),
  rowCount: z.number().int(),
  rows: z.array(
    z.object({
      row: z.number().int(),
      status: z.enum(['create', 'update', 'unchanged', 'problem', 'unchecked']),
      cells: z.array(z.string()),
    }),
  ),
  counts: actionCounts,
  ...reportedProblems,
});

export const importReport = z.object({
  register: fileRegister,
  dryRun: z.boolean(),
  /** True when the changes were written; an import with any problem writes nothing. */
  applied: z.boolean(),
  source: sourceFacts.nullable(),
  rowCount: z.number().int(),
  counts: actionCounts,
  /** The first rows that create or update a record (at most 1000). */
  changes: z.array(
    z.object({ row: z.number().int(), action: z.enum(['create', 'update']), label: z.string() }),
  ),
  ...reportedProblems,
});

export const exportedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
  rowCount: z.number().int(),
});

export const exportFileResult = z.object({
  path: z.string(),
  rowCount: z.number().int(),
  sizeBytes: z.number().int(),
});

export type ImportProblemValue = z.output<typeof importProblem>;
export type SourceFactsValue = z.output<typeof sourceFacts>;
export type ImportPreview = z.output<typeof importPreview>;
export type ImportReport = z.output<typeof importReport>;
export type FileFormat = z.output<typeof fileFormat>;
