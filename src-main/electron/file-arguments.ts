import path from 'node:path';
import { WORKSPACE_EXTENSION } from './dialogs';

/**
 * The workspace named on a command line, if any. On Windows and Linux, double-clicking a
 * `.clausebook` file starts the app (or a second instance) with the file as an argument; macOS
 * uses the open-file event instead. argv[0] is the executable and switches start with "-", so
 * neither is mistaken for a file; relative paths are resolved against the launching directory.
 */
export function workspacePathFromArgv(argv: readonly string[], cwd: string): string | null {
  const files = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${WORKSPACE_EXTENSION}`));
  const last = files.at(-1);
  return last === undefined ? null : path.resolve(cwd, last);
}
