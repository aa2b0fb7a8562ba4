/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return, which
 * some strip first) as a formula: a register value such as "=HYPERLINK(…)" in an exported file
 * must not become one ("CSV injection"). Such text is written with a leading apostrophe, the mark
 * Excel itself uses for "this is text", and reading removes it again.
 *
 * Text that already starts with apostrophes before such a character gets one more, so that
 * reading back gives exactly what was written: "=x" ⇄ "'=x", "'=x" ⇄ "''=x".
 */
const formulaStart = /^'*[=+\-@\t\r]/;
const escapedFormula = /^'+[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return escapedFormula.test(text) ? text.slice(1) : text;
}
