import os from 'node:os';
import path from 'node:path';

const APP_FOLDER = 'Clausebook';

/**
 * The folder for the user's own settings and signing identities, outside any workspace: the same
 * folder Electron's app.getPath('userData') gives for an app named Clausebook, so the CLI and the
 * app share signing identities. CLAUSEBOOK_USER_DATA_DIR overrides it (tests, portable setups).
 */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const override = env.CLAUSEBOOK_USER_DATA_DIR;
  if (override) return path.resolve(override);
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER);
}
