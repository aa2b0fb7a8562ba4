import type { RecordRegister } from '../../registers/specs';
import type { Cell } from '../table/table';

/** The outcome of reading one value; a failure carries the message shown after the row and column. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

export const success = <T>(value: T): Read<T> => ({ ok: true, value });
export const failure = (message: string): Read<never> => ({ ok: false, message });

/** What reading a cell may need besides the cell: other records, and the workbook's date system. */
export interface ReadContext {
  /** The id of the record a text names, by code or by name. */
  resolve(register: RecordRegister, text: string): Read<string>;
  date1904: boolean;
}

/** What writing a cell may need: the codes of the records a value points at. */
export interface ExportContext {
  codeOf(register: RecordRegister, id: string): string;
}

/** A cell to write: text, a number, or a calendar date (a date cell in a workbook). */
export type OutCell = string | number | { date: string };

/** How one register field is read from a cell and written back, so that the two agree. */
export interface Codec<T> {
  read(cell: Cell, context: ReadContext): Read<T>;
  write(value: T, context: ExportContext): OutCell;
}

/** How one part of an item in a list cell ("name|type|owner|supplier") is read and written. */
export interface PartCodec<T> {
  label: string;
  read(text: string, context: ReadContext): Read<T>;
  write(value: T, context: ExportContext): string;
}
