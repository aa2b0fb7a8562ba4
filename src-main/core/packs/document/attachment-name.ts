/**
 * The name an evidence file is attached to a pack under: its code, a space and its file name,
 * e.g. "EVD-004 Supplier review minutes.pdf". Codes are unique, so the names are too.
 *
 * A reader offers to save an attachment under this name, and `pdfdetach -saveall` writes it as
 * given, so it is made safe as a file name on any system: characters Windows or macOS refuse in
 * names (\ / : * ? " < > |) and control characters become "_", and a long name is cut in its stem,
 * keeping the extension. File names are already made plain when evidence is added (no paths, no
 * direction marks); this is the stricter rule for a file that leaves the app.
 */
const UNSAFE_CHARACTERS = /[\\/:*?"<>|\p{Cc}]/gu;
const MAX_NAME_CHARACTERS = 120;
const MAX_KEPT_EXTENSION = 12;

export function attachmentName(code: string, fileName: string): string {
  const safe = fileName.replace(UNSAFE_CHARACTERS, '_').trim() || 'file';
  return `${code} ${shorten(safe, MAX_NAME_CHARACTERS - Array.from(code).length - 1)}`;
}

/** Cuts a name to a number of characters (not UTF-16 units), keeping a short extension. */
function shorten(name: string, limit: number): string {
  const characters = Array.from(name);
  if (characters.length <= limit) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const kept = extension.length <= MAX_KEPT_EXTENSION ? extension : [];
  return `${characters
    .slice(0, limit - kept.length - 1)
    .join('')
    .trimEnd()}…${kept.join('')}`;
}
