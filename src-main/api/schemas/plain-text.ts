/**
 * Text a workspace can keep whole. SQLite stores a null character (U+0000) but its functions stop
 * reading at it, so the database's own checks would see "\u0000Acme" as empty text and refuse the
 * write; no one types the character, so a value holding one is refused at the boundary instead.
 */
export function hasNoNullCharacter(text: string): boolean {
  return !text.includes('\u0000');
}

export const nullCharacterMessage = (label: string) =>
  `The ${label} contains a null character (U+0000), which Clausebook cannot keep; remove it.`;
