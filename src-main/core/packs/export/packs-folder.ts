import { mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the app writes the packs it makes: a folder beside the workspace file, named after it
 * ("Harbourline.clausebook" → "Harbourline packs"), so a client's packs stay with the client's
 * workspace. Made on first use.
 */
export function packsFolderFor(workspaceFile: string): string {
  const base = path.basename(workspaceFile).replace(/\.clausebook$/i, '');
  const folder = path.join(path.dirname(workspaceFile), `${base} packs`);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/**
 * A pack's file name: the client, the date and the pack id's first characters, with every character
 * a file system could object to replaced, so the name is portable to Windows, macOS and Linux.
 */
export function packFileName(clientOrganisation: string, generatedAt: string, packId: string): string {
  const client = [...clientOrganisation.normalize('NFC')]
    .map((character) => (isUnsafeInFileName(character) ? ' ' : character))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '');
  return `${client || 'Client'} evidence pack ${generatedAt.slice(0, 10)} ${packId.slice(0, 8)}.pdf`;
}

/** Control characters and those Windows reserves in file names. */
function isUnsafeInFileName(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || '<>:"/\\|?*'.includes(character);
}
