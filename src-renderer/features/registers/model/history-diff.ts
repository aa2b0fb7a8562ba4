import { itemTitleFields } from './field-labels';

/** One difference between two versions of a record, by field. */
export type Difference =
  /** A single value changed: `field` is the path without list indexes, for looking up labels. */
  | { kind: 'changed'; field: string; item: ItemRef | null; before: unknown; after: unknown }
  /** Values added to or removed from a list of plain values (ids, links). */
  | { kind: 'list'; field: string; added: unknown[]; removed: unknown[] }
  /** A whole entry of a list of entries (a contact, an action) added or removed. */
  | { kind: 'item'; field: string; change: 'added' | 'removed'; title: string };

/** The list entry a changed value belongs to: "contacts" entry 2, titled "Dana Whitfield". */
export interface ItemRef {
  field: string;
  position: number;
  title: string;
}

const IGNORED = new Set(['id', 'createdAt', 'updatedAt']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function itemTitle(item: Record<string, unknown>, position: number): string {
  for (const field of itemTitleFields) {
    const value = item[field];
    if (typeof value === 'string' && value.trim() !== '')
      return value.length > 60 ? `${value.slice(0, 59)}…` : value;
  }
  return `#${position + 1}`;
}

/**
 * What changed between two versions of a record, field by field, in the order of the newer
 * version's fields. Lists of entries are compared position by position; lists of plain values as
 * sets. Ids and timestamps are left out: the log entry itself says when.
 */
export function diffRecords(before: unknown, after: unknown): Difference[] {
  const out: Difference[] = [];
  const walk = (a: unknown, b: unknown, field: string, item: ItemRef | null) => {
    if (same(a, b)) return;
    if (isPlainObject(a) || isPlainObject(b)) {
      const left = isPlainObject(a) ? a : {};
      const right = isPlainObject(b) ? b : {};
      const keys = [...new Set([...Object.keys(right), ...Object.keys(left)])];
      for (const key of keys) {
        if (IGNORED.has(key) && field === '') continue;
        walk(left[key], right[key], field ? `${field}.${key}` : key, item);
      }
      return;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
      const left = Array.isArray(a) ? a : [];
      const right = Array.isArray(b) ? b : [];
      if ([...left, ...right].some(isPlainObject)) {
        const length = Math.max(left.length, right.length);
        for (let position = 0; position < length; position += 1) {
          const was = left[position] as Record<string, unknown> | undefined;
          const is = right[position] as Record<string, unknown> | undefined;
          if (was === undefined && is !== undefined) {
            out.push({ kind: 'item', field, change: 'added', title: itemTitle(is, position) });
          } else if (is === undefined && was !== undefined) {
            out.push({ kind: 'item', field, change: 'removed', title: itemTitle(was, position) });
          } else if (was && is) {
            const ref = { field, position, title: itemTitle(is, position) };
            for (const key of [...new Set([...Object.keys(is), ...Object.keys(was)])]) {
              walk(was[key], is[key], `${field}.${key}`, ref);
            }
          }
        }
        return;
      }
      const removed = left.filter((value) => !right.some((other) => same(value, other)));
      const added = right.filter((value) => !left.some((other) => same(value, other)));
      if (added.length > 0 || removed.length > 0) out.push({ kind: 'list', field, added, removed });
      return;
    }
    out.push({ kind: 'changed', field, item, before: a ?? null, after: b ?? null });
  };
  walk(before, after, '', null);
  return out;
}
