/**
 * Several values in one cell, the way registers are kept in spreadsheets: items separated by ";"
 * (or by line breaks, as Alt+Enter gives in Excel), and an item's parts separated by "|", e.g. a
 * service's components "Web tier|application|Platform team|SUP-004; Database|database|DBA team".
 *
 * Spaces around items and parts are ignored. A part that holds ";", "|" or a line break, that
 * starts with a double quote or has spaces at either end, is written in double quotes with inner
 * quotes doubled (as CSV does), so every value can be written and read back unchanged.
 */

export type ListRead = { ok: true; items: string[][] } | { ok: false; message: string };

const ITEM_SEPARATORS = new Set([';', '\n', '\r']);

/** Splits a cell into items and their parts. With `parts: false` a "|" is ordinary text. */
export function readListCell(text: string, options: { parts: boolean }): ListRead {
  const items: string[][] = [];
  let parts: string[] = [];
  let index = 0;
  let itemNumber = 1;
  const endItem = () => {
    if (!(parts.length === 1 && parts[0] === BLANK)) items.push(parts.map(unmark));
    parts = [];
    itemNumber += 1;
  };
  while (index <= text.length) {
    while (index < text.length && isSpace(text[index]!)) index += 1;
    let part: string;
    if (text[index] === '"') {
      const closed = readQuoted(text, index);
      if (!closed)
        return { ok: false, message: `item ${itemNumber}: a quote opens a value that is never closed.` };
      part = closed.value;
      index = closed.end;
      while (index < text.length && isSpace(text[index]!)) index += 1;
      if (index < text.length && !isSeparator(text[index]!, options.parts)) {
        return {
          ok: false,
          message: `item ${itemNumber}: there is text after a closing quote. Put the whole value in quotes and double any quotes inside it, or remove the quotes.`,
        };
      }
    } else {
      const start = index;
      while (index < text.length && !isSeparator(text[index]!, options.parts)) index += 1;
      const raw = text.slice(start, index).trim();
      part = raw === '' ? BLANK : raw;
    }
    parts.push(part);
    const separator = text[index];
    index += 1;
    if (separator === '|' && options.parts) continue;
    // CRLF is one line break, not an empty item between two.
    if (separator === '\r' && text[index] === '\n') index += 1;
    endItem();
  }
  return { ok: true, items };
}

/** Writes items of parts as one cell; trailing empty parts are left out. */
export function writeListCell(items: readonly (readonly string[])[]): string {
  return items
    .map((parts) => {
      const kept = [...parts];
      while (kept.length > 1 && kept[kept.length - 1] === '') kept.pop();
      // A lone empty part would read as no item at all: quote it.
      if (kept.length === 1 && kept[0] === '') return '""';
      return kept.map(writePart).join('|');
    })
    .join('; ');
}

function writePart(part: string): string {
  const needsQuotes = /[;|\r\n]/.test(part) || part.startsWith('"') || part !== part.trim();
  return needsQuotes ? `"${part.replaceAll('"', '""')}"` : part;
}

/** Marks an unquoted empty part, so that an item of nothing but spaces is no item at all. */
const BLANK = '\u0000blank';
const unmark = (part: string) => (part === BLANK ? '' : part);

function isSeparator(char: string, parts: boolean): boolean {
  return ITEM_SEPARATORS.has(char) || (parts && char === '|');
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t';
}

function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let index = start + 1;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') {
      if (text[index + 1] === '"') {
        value += '"';
        index += 2;
        continue;
      }
      return { value, end: index + 1 };
    }
    value += char;
    index += 1;
  }
  return null;
}
