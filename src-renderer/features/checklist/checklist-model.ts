import type { AssessmentStatus } from '../../../src-main/api/schemas/assessment';
import type { Clause, ClauseLibrary, RequirementItem } from '../../../src-main/api/schemas/clause-library';
import type { ChipTone } from '../../shared/components/StatusChip';

export interface StatusMeta {
  status: AssessmentStatus;
  label: string;
  /** The key that sets it on the checklist screen, when focus is not in a text field. */
  key: string;
  tone: ChipTone;
}

/** In the order of the segmented control and of the shortcut keys 1–5. */
export const statusMetas: readonly StatusMeta[] = [
  { status: 'not_assessed', label: 'Not assessed', key: '1', tone: 'neutral' },
  { status: 'conforming', label: 'Conforming', key: '2', tone: 'success' },
  { status: 'partially_conforming', label: 'Partially conforming', key: '3', tone: 'warning' },
  { status: 'nonconforming', label: 'Nonconforming', key: '4', tone: 'danger' },
  { status: 'operated_by_other_party', label: 'Operated by another party', key: '5', tone: 'accent' },
];

export function statusMeta(status: AssessmentStatus): StatusMeta {
  return statusMetas.find((meta) => meta.status === status) ?? statusMetas[0]!;
}

/** A requirement item with the clause it sits in and the chain of clauses above it. */
export interface LocatedItem {
  item: RequirementItem;
  clause: Clause;
  /** Top-level clause first, the item's own clause last. */
  path: Clause[];
}

/** Every item of the library in document order. */
export function libraryItems(library: ClauseLibrary): LocatedItem[] {
  const found: LocatedItem[] = [];
  const walk = (clause: Clause, path: Clause[]) => {
    const here = [...path, clause];
    for (const item of clause.items) found.push({ item, clause, path: here });
    for (const child of clause.clauses) walk(child, here);
  };
  for (const clause of library.clauses) walk(clause, []);
  return found;
}

/** Whether a clause (or one below it) holds any of the given items. */
export function clauseHolds(clause: Clause, itemIds: ReadonlySet<string>): boolean {
  return (
    clause.items.some((item) => itemIds.has(item.id)) ||
    clause.clauses.some((child) => clauseHolds(child, itemIds))
  );
}

/** "Clause 8.3.4.1" or "Clause 8" as a word before the number. */
export function clauseLabel(clause: Pick<Clause, 'number' | 'title'>): string {
  return `${clause.number} ${clause.title}`;
}
