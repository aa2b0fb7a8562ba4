import type { ReactNode } from 'react';
import type { RegisterId } from '../model/registers';

export interface ColumnDef<Row> {
  id: string;
  header: string;
  /** Fixed width in pixels; the columns without one share what is left. */
  width?: number;
  /** The key the core sorts this column by, when it can. */
  sortKey?: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The cell's content; the link column's is drawn by the table from `linkText`. */
  cell?(row: Row): ReactNode;
}

export type FilterDef =
  | {
      key: string;
      kind: 'select';
      label: string;
      /** The first option, which does not filter: "All kinds". */
      anyLabel: string;
      options: readonly { value: string; label: string }[];
    }
  /** A yes/no filter shown as a toggle: pressed means `yes`. */
  | { key: string; kind: 'flag'; label: string };

export interface ListDefinition<Row> {
  register: RegisterId;
  columns: readonly ColumnDef<Row>[];
  /** The column whose cell is the link that opens the record. */
  linkColumn: string;
  linkText(row: Row): string;
  filters: readonly FilterDef[];
  /** What the search box looks through, as its placeholder says. */
  searchPlaceholder: string;
  /** Shown while the register is empty. */
  empty: string;
}
