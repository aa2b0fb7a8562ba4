import { matchKey } from '../cells/enum-labels';
import type { ColumnDefinition, RegisterColumns } from '../columns/column';
import type { Table } from '../table/table';
import { describeColumn, mappingProblem, type ImportProblem } from './import-problem';

/** For each column of the file, in order, the register column it fills, or null to leave it out. */
export type ColumnMapping = (string | null)[];

/**
 * Proposes which register column each file column fills, matching headers without regard to
 * case, spaces and punctuation ("Period start", "period_start", "PeriodStart"), against each
 * column's header first and then the other names clients use. A register column is filled once:
 * a second file column with the same meaning is left out.
 */
export function proposeMapping(register: RegisterColumns, headers: readonly string[]): ColumnMapping {
  const byName = new Map<string, ColumnDefinition>();
  for (const column of register.columns) byName.set(matchKey(column.header), column);
  for (const column of register.columns) {
    for (const name of [column.key, ...column.aliases]) {
      const key = matchKey(name);
      if (!byName.has(key)) byName.set(key, column);
    }
  }
  const taken = new Set<string>();
  return headers.map((header) => {
    const column = byName.get(matchKey(header));
    if (!column || taken.has(column.key)) return null;
    taken.add(column.key);
    return column.key;
  });
}

export interface CheckedMapping {
  /** For each register column in the file, the index of the file column holding it. */
  positions: Map<string, number>;
  problems: ImportProblem[];
  /** File columns that are not imported, said plainly so nothing is dropped unnoticed. */
  notes: string[];
}

/** Checks a mapping (proposed, or chosen in the mapping step) against the register and the file. */
export function checkMapping(
  register: RegisterColumns,
  table: Table,
  mapping: ColumnMapping,
): CheckedMapping {
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  const positions = new Map<string, number>();
  const headers = table.headers;
  if (mapping.length !== headers.length) {
    problems.push(
      mappingProblem(
        `The column mapping lists ${mapping.length} columns but the file has ${headers.length}; preview the file again.`,
      ),
    );
    return { positions, problems, notes };
  }
  const known = new Map(register.columns.map((column) => [column.key, column]));
  mapping.forEach((key, index) => {
    const place = describeColumn({ header: headers[index] ?? '', index });
    if (key === null) {
      if (headers[index] !== '' || table.columnsWithData.has(index))
        notes.push(`The ${place} is not imported.`);
      return;
    }
    const column = known.get(key);
    if (!column) {
      problems.push(
        mappingProblem(
          `The ${place} is mapped to "${key}", which ${register.title.toLowerCase()} do not have.`,
        ),
      );
      return;
    }
    const earlier = positions.get(key);
    if (earlier !== undefined) {
      const other = describeColumn({ header: headers[earlier] ?? '', index: earlier });
      problems.push(
        mappingProblem(`Both the ${other} and the ${place} are mapped to "${column.header}"; map only one.`),
      );
      return;
    }
    positions.set(key, index);
  });
  const missing = register.columns.filter((column) => column.required && !positions.has(column.key));
  if (missing.length > 0) {
    const names = missing.map((column) => `"${column.header}"`).join(', ');
    const found = headers
      .map((header, index) => describeColumn({ header, index }).replace(/^column /, ''))
      .join(', ');
    problems.push(
      mappingProblem(
        `The file has no ${missing.length === 1 ? 'column' : 'columns'} for ${names}, which every row of ${register.title.toLowerCase()} needs. Its columns are ${found}. Rename the ${missing.length === 1 ? 'column' : 'columns'} in the file, or map ${missing.length === 1 ? 'it' : 'them'} in the mapping step.`,
      ),
    );
  }
  return { positions, problems, notes };
}
