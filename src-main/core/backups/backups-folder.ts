import path from 'node:path';

/**
 * Where the rolling backups of one workspace live: `<user data>/backups/<workspace id>/`.
 *
 * Outside the workspace file, because a backup inside the file it protects is lost with it. Not
 * beside the workspace either: client folders are often shared, synced or handed over whole, and
 * a stack of full copies of the client's data next to the workspace would travel with it and
 * multiply what can leak. The user's own app data folder is private to them, and is where the app
 * already keeps their signing identities. Keyed by the workspace's stable id rather than its path,
 * so renaming or moving the file keeps its history, and two files of the same name never mix.
 */
export function backupsFolderFor(userDataDir: string, workspaceId: string): string {
  return path.join(userDataDir, 'backups', workspaceId);
}
