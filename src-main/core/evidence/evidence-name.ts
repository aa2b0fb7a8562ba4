/**
 * The name an evidence file is shown under. Names come from users' systems, drag and drop, or a
 * page that may be hostile; they are stored as text to show and never become a path (the content
 * lives inside the workspace, keyed by its hash). Even so, a name is made plain rather than
 * refused, because a user adding a real file should not be turned away over its name:
 *
 * - A path keeps only its last part, as browsers do with uploads: `../../etc/passwd` → `passwd`,
 *   `C:\Reports\q3.pdf` → `q3.pdf`. Parts that are empty, `.` or `..` are never the name.
 * - Control characters (NUL, newlines, escapes) become `_`; invisible direction marks, which can
 *   disguise an extension (`invoice‮fdp.exe`), are removed.
 * - Runs of white space become one space; leading and trailing spaces and trailing dots go.
 * - A name longer than 255 characters is cut at the end of its stem, keeping its extension:
 *   `a very long na….pdf`.
 * - Nothing left (or only dots) gives `unnamed file`.
 */
export const MAX_FILE_NAME_LENGTH = 255;

const FALLBACK_NAME = 'unnamed file';
/** An extension longer than this is not worth keeping whole when a name must be cut. */
const MAX_KEPT_EXTENSION = 16;

const CONTROL_CHARACTERS = /[\p{Cc}]/gu;
const DIRECTION_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export interface DisplayName {
  name: string;
  /** Whether the name differs from the one given. */
  adjusted: boolean;
}

export function displayFileName(given: string): DisplayName {
  const lastPart =
    given
      .normalize('NFC')
      .split(/[/\\]/)
      .filter((part) => part !== '' && part !== '.' && part !== '..')
      .at(-1) ?? '';
  const plain = lastPart
    .replace(DIRECTION_MARKS, '')
    .replace(CONTROL_CHARACTERS, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.\s]+$/u, '');
  const name = /^[.\s]*$/u.test(plain) ? FALLBACK_NAME : shorten(plain);
  return { name, adjusted: name !== given };
}

/** Cuts a name to the limit in characters (not UTF-16 units, so no character is split). */
function shorten(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const kept = extension.length <= MAX_KEPT_EXTENSION ? extension : [];
  const stem = characters.slice(0, MAX_FILE_NAME_LENGTH - kept.length - 1);
  return `${stem.join('').trimEnd()}…${kept.join('')}`;
}
