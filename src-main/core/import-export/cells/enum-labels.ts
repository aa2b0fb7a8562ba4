import { failure, success, type Read } from './codec';

/**
 * The values of a choice as users write them: each stored value has the label the app shows
 * ("External supplier"), and common other names clients use ("UC" for an underpinning contract).
 * Matching ignores case, spaces and punctuation, so "half-yearly", "Half yearly" and "half_yearly"
 * are the same.
 */
export interface EnumLabels<V extends string> {
  /** What one of the values is, for messages: "lifecycle state". */
  noun: string;
  labels: Record<V, string>;
  aliases?: Record<string, V>;
}

export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function enumReader<V extends string>(choice: EnumLabels<V>): (text: string) => Read<V> {
  const byKey = new Map<string, V>();
  // Symbols (">=", "≥") have no letters to match on: they are looked up as written.
  const exact = new Map<string, V>();
  const add = (name: string, value: V) => {
    const key = matchKey(name);
    if (key === '') exact.set(name, value);
    else byKey.set(key, value);
  };
  for (const [value, label] of Object.entries(choice.labels) as [V, string][]) {
    add(value, value);
    add(label, value);
  }
  for (const [alias, value] of Object.entries(choice.aliases ?? {}) as [string, V][]) add(alias, value);
  const labels = Object.values<string>(choice.labels);
  const listed = `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
  return (text) => {
    const trimmed = text.trim();
    const found = exact.get(trimmed) ?? byKey.get(matchKey(trimmed));
    return found !== undefined
      ? success(found)
      : failure(`"${trimmed}" is not a ${choice.noun} Clausebook knows; use ${listed}.`);
  };
}
