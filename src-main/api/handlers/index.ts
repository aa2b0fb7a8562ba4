import { HandlerRegistry } from '../registry';
import { methodNames } from '../contract';
import type { Session } from '../../core/session';
import { LATEST_SCHEMA_VERSION } from '../../core/workspace/migrations';
import { registerWorkspaceHandlers } from './workspace-handlers';
import { registerEngagementHandlers } from './engagement-handlers';
import { registerRegisterHandlers } from './register-handlers';
import { registerImportExportHandlers } from './import-export-handlers';
import { registerClauseHandlers } from './clause-handlers';
import { registerAssessmentHandlers } from './assessment-handlers';
import { registerEvidenceHandlers } from './evidence-handlers';
import { registerFindingHandlers } from './findings-handlers';
import { registerReadinessHandlers } from './readiness-handlers';
import { registerDashboardHandlers } from './dashboard-handlers';
import { registerPackHandlers } from './pack-handlers';
import { defaultUserDataDir } from '../../shared/user-data-dir';
import { registerBackupHandlers } from './backup-handlers';
import { WorkspaceBackups } from '../../core/backups/workspace-backups';
import { RollingBackups } from '../../core/backups/rolling-backups';
import type { BackupClock } from '../../core/backups/backup-clock';

export interface ApiOptions {
  appVersion: string;
  /** The user's app data folder (signing identities); asked when needed, as Electron may move it at start. */
  userDataDir?: () => string;
  /**
   * Back up the open workspace by itself: on open, then every 15 minutes while it changes. For
   * processes a person works in (the app, `serve`); one-shot commands leave it off, so they stay
   * fast and write no backups unless asked.
   */
  rollingBackups?: boolean;
  /** The clock backups are timed and named by; tests pass one they move by hand. */
  backupClock?: BackupClock;
}

/** The one registry every transport serves: IPC, the loopback host and the CLI. */
export function createApi(session: Session, options: ApiOptions): HandlerRegistry {
  const api = new HandlerRegistry();
  api.register('app.about', (_input, context) => ({
    name: 'Clausebook',
    version: options.appVersion,
    schemaVersion: LATEST_SCHEMA_VERSION,
    transport: context.transport,
  }));
  registerWorkspaceHandlers(api, session);
  registerEngagementHandlers(api, session);
  registerRegisterHandlers(api, session);
  registerImportExportHandlers(api, session);
  registerClauseHandlers(api);
  registerAssessmentHandlers(api, session);
  registerEvidenceHandlers(api, session);
  registerFindingHandlers(api, session);
  registerReadinessHandlers(api, session);
  registerDashboardHandlers(api, session);
  registerPackHandlers(api, session, { userDataDir: options.userDataDir ?? (() => defaultUserDataDir()) });
  const backups = new WorkspaceBackups({
    userDataDir: options.userDataDir ?? (() => defaultUserDataDir()),
    clock: options.backupClock,
  });
  registerBackupHandlers(api, session, backups, { automatic: options.rollingBackups === true });
  if (options.rollingBackups) {
    new RollingBackups(session, backups, {
      runAlongsideReads: (work) => api.alongsideReads(work),
      report: (error) =>
        console.error(`Automatic backup failed: ${error instanceof Error ? error.message : String(error)}`),
    }).start();
  }
  const missing = methodNames.filter((method) => !api.has(method));
  if (missing.length > 0) throw new Error(`No handler registered for ${missing.join(', ')}.`);
  return api;
}
