/**
 * Rows may name records that other rows of the same file create; until those are written, a
 * placeholder id stands in for them. These helpers find and replace placeholders anywhere in a
 * row's values.
 */
export function placeholdersIn(
  values: unknown,
  placeholders: ReadonlySet<string>,
  found = new Set<string>(),
): Set<string> {
  if (typeof values === 'string') {
    if (placeholders.has(values)) found.add(values);
  } else if (Array.isArray(values)) {
    for (const item of values) placeholdersIn(item, placeholders, found);
  } else if (values !== null && typeof values === 'object') {
    for (const item of Object.values(values)) placeholdersIn(item, placeholders, found);
  }
  return found;
}

/**
 * Replaces placeholders with the real ids of written records. A placeholder whose record is not
 * written yet is left out: dropped from a list, or null in a field.
 */
export function replacePlaceholders<T>(
  values: T,
  placeholders: ReadonlySet<string>,
  written: ReadonlyMap<string, string>,
): T {
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string' && placeholders.has(value)) return written.get(value) ?? null;
    if (Array.isArray(value)) {
      return value.map(replace).filter((item, index) => item !== null || value[index] === null);
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replace(item)]));
    }
    return value;
  };
  return replace(values) as T;
}
