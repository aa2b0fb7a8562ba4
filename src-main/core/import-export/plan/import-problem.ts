import { columnLetter } from '../table/table';

/**
 * One reason an import cannot go ahead. `file` problems mean the file could not be read as a
 * table at all; `mapping` problems are about its columns; `row` problems about single rows.
 */
export interface ImportProblem {
  kind: 'file' | 'mapping' | 'row';
  row: number | null;
  /** The column as the file names it, or its letter when it has no header. */
  column: string | null;
  message: string;
  /** The whole problem as one line: `Row 14, column "Customer": no customer with code or name "Acme Retial"`. */
  text: string;
}

export function fileProblem(message: string): ImportProblem {
  return { kind: 'file', row: null, column: null, message, text: message };
}

export function mappingProblem(message: string): ImportProblem {
  return { kind: 'mapping', row: null, column: null, message, text: message };
}

/** Where in a file a column is: its header, or its letter when the header is empty. */
export interface ColumnPlace {
  header: string;
  index: number;
  /** The column is the register's, but the file does not have it (a rule named a field it lacks). */
  missing?: boolean;
}

export function describeColumn(place: ColumnPlace): string {
  if (place.missing) return `column "${place.header}" (not in the file)`;
  return place.header === '' ? `column ${columnLetter(place.index)}` : `column "${place.header}"`;
}

export function rowProblem(row: number, place: ColumnPlace | null, message: string): ImportProblem {
  const where = place ? `Row ${row}, ${describeColumn(place)}` : `Row ${row}`;
  return {
    kind: 'row',
    row,
    column: place ? (place.header === '' ? columnLetter(place.index) : place.header) : null,
    message,
    text: `${where}: ${message}`,
  };
}
