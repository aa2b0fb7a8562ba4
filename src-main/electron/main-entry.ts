// The Electron main process entry (bundled to dist/main/main.cjs). It only wires the real
// modules together; every decision lives in the modules startShell uses, which are unit-tested
// against a fake Electron.
import * as electron from 'electron';
import path from 'node:path';
import { createApi } from '../api/handlers/index';
import { Session } from '../core/session';
import { startShell } from './shell';

const session = new Session();
const api = createApi(session, {
  appVersion: electron.app.getVersion(),
  userDataDir: () => electron.app.getPath('userData'),
  // A person works in this window: back the workspace up on open and every 15 minutes of changes.
  rollingBackups: true,
});

void startShell(electron, {
  session,
  api,
  rendererDir: path.join(__dirname, '../renderer'),
  preloadPath: path.join(__dirname, 'preload.cjs'),
  platform: process.platform,
  argv: process.argv,
  cwd: process.cwd(),
  userDataDir: process.env.CLAUSEBOOK_USER_DATA_DIR || undefined,
});
