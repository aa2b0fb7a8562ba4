import type { z } from 'zod';
import type { RegisterName } from '../../registers/register-names';
import type { Codec } from '../cells/codec';

/** One column of a register's spreadsheet: its header, what it holds, and how it is read and written. */
export interface ColumnDefinition {
  /** Stable name used by a column mapping: "customers", "periodStart". */
  key: string;
  /** The header files are written with, and the first name a header is matched against. */
  header: string;
  /** Other headers clients use for this column. */
  aliases: readonly string[];
  /** A file must have this column: without it no row could be complete. */
  required: boolean;
  /** What to write in the column, for the column documentation and the mapping step. */
  description: string;
  /** Where the value lives in the register's values, e.g. ["catalogue", "offerings"]. */
  path: readonly [string] | readonly [string, string];
  codec: Codec<never>;
}

/** Everything import and export need to know about one register's spreadsheet. */
export interface RegisterColumns {
  register: RegisterName;
  /** Plural, for messages and sheet names: "Services". */
  title: string;
  columns: readonly ColumnDefinition[];
  /** The schema every row's values are validated with: the same as the app's forms. */
  schema: z.ZodType;
  /** The column that names a record (name, title), so rows can refer to each other by name. */
  nameColumn: string | null;
  /** How a row is named in reports ("Web hosting"); its code is shown beside it. */
  describe(values: Record<string, unknown>): string;
}

export function column<T>(
  key: string,
  header: string,
  path: readonly [string] | readonly [string, string],
  codec: Codec<T>,
  description: string,
  options: { aliases?: readonly string[]; required?: boolean } = {},
): ColumnDefinition {
  return {
    key,
    header,
    path,
    codec: codec as unknown as Codec<never>,
    description,
    aliases: options.aliases ?? [],
    required: options.required ?? false,
  };
}

/** The code column every register with coded records starts with. */
export function codeColumn<T>(codec: Codec<T>, example: string): ColumnDefinition {
  return column(
    'code',
    'Code',
    ['code'],
    codec,
    `The record's code, e.g. ${example}. A row whose code exists updates that record; a new code, or none, creates a record (without a code, the next free one is given).`,
    { aliases: ['id', 'ref', 'reference', 'number'] },
  );
}
