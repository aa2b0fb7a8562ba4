/** The separators a CSV file may use; tabs and bars are recognised only to be refused clearly. */
export type Delimiter = ',' | ';' | '\t' | '|';
const candidates: readonly Delimiter[] = [',', ';', '\t', '|'];

/**
 * Finds the column separator from the header row: the candidate that occurs most often outside
 * quotes in the first record, commas winning ties. The header decides because data rows are not
 * reliable witnesses: a register's list cells are full of ";" and "|" ("name|type|owner; …"),
 * which fool a guess that looks for the most consistent separator over the first rows.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(candidates.map((candidate) => [candidate, 0]));
  let quoted = false;
  let seenContent = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      // Blank lines before the header do not end it.
      if (seenContent) break;
    } else if (!quoted && counts.has(char as Delimiter)) {
      counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
    }
    if (char.trim() !== '') seenContent = true;
  }
  let best: Delimiter = ',';
  for (const candidate of candidates) if (counts.get(candidate)! > counts.get(best)!) best = candidate;
  return best;
}
