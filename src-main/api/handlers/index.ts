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

export interface ApiOptions {
  appVersion: string;
  /** The user's app data folder (signing identities); asked when needed, as Electron may move it at start. */
  userDataDir?: () => string;
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
  const missing = methodNames.filter((method) => !api.has(method));
  if (missing.length > 0) throw new Error(`No handler registered for ${missing.join(', ')}.`);
  return api;
}
