import type { Comparison } from '../../api/schemas/registers/target';

/**
 * The small pieces findings are written from, so every message names records and counts days the
 * same way: "SVC-007 Backup and Recovery", "in 38 days", "SVC-004 A, SVC-013 B and 2 more".
 */

export function named(record: { code: string; name: string }): string {
  return `${record.code} ${record.name}`;
}

/** "1 day", "38 days". */
export function dayCount(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** "a, b and c" (or "a, b or c"); past `limit` items, "a, b, c and 4 more". */
export function listed(items: readonly string[], conjunction: 'and' | 'or' = 'and', limit = 3): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > limit) return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** "service" or "services", by count. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

const comparisonWords: Record<Comparison, string> = {
  '>=': 'at least',
  '<=': 'at most',
  '>': 'more than',
  '<': 'less than',
  '=': 'exactly',
};

/** "99.71%", "9.4 hours": a percentage sign sits on the number, other units after a space. */
export function quantity(value: number, unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === '') return String(value);
  return trimmed === '%' ? `${value}%` : `${value} ${trimmed}`;
}

/** "at least 99.95%". */
export function targetLevel(comparison: Comparison, threshold: number, unit: string): string {
  return `${comparisonWords[comparison]} ${quantity(threshold, unit)}`;
}
