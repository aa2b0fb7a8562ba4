import type * as ExcelJS from 'exceljs';

type ExcelJsModule = typeof ExcelJS;

/**
 * exceljs is large and only needed when a workbook is read or written, so it is loaded on first
 * use rather than with the app. It is a CommonJS package: its API is the default export under
 * Node's ESM loader and may be either shape after bundling.
 */
export async function loadExcelJs(): Promise<ExcelJsModule> {
  const loaded = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
  return loaded.default ?? loaded;
}
