import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/api/contract';
import type { ApiErrorValue, Envelope } from '../../../src-main/api/errors';
import { createApi } from '../../../src-main/api/handlers';
import type { CallContext } from '../../../src-main/api/registry';
import { Session } from '../../../src-main/core/session';
import { FakeBackupClock } from '../../helpers/fake-backup-clock';
import { makeWorkspaceFile } from '../../helpers/workspace-fixtures';

/** A workspace opened through the API as the app opens it, with its own app data folder and a hand-moved clock. */
export interface BackupsHarness {
  file: string;
  userDataDir: string;
  session: Session;
  clock: FakeBackupClock;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Calls a method that must fail, and returns its error value. */
  failure(method: MethodName, input: unknown): Promise<ApiErrorValue>;
  /** A call as a page makes it over the loopback host. */
  pageCall(method: MethodName, input: unknown): Promise<Envelope<unknown>>;
  /** This workspace's backups folder (from the listing). */
  folder(): Promise<string>;
  /** The backup files in the folder, by name. */
  backupFiles(): Promise<string[]>;
  /** Adds a service: one write, one change log entry. */
  addService(name: string): Promise<void>;
  consultant(): Promise<string>;
  setConsultant(name: string): Promise<void>;
}

export const START = new Date('2026-03-14T09:00:00Z');

const local: CallContext = { transport: 'cli', access: 'local' };

export async function openBackupsHarness(
  dir: string,
  options: { rollingBackups?: boolean } = {},
): Promise<BackupsHarness> {
  // The workspace's folder and the app data apart, so each can be compared file by file.
  const workFolder = path.join(dir, 'work');
  mkdirSync(workFolder);
  const file = await makeWorkspaceFile(workFolder);
  const userDataDir = path.join(dir, 'user-data');
  const session = new Session();
  const clock = new FakeBackupClock(START);
  const api = createApi(session, {
    appVersion: '0.0.0-test',
    userDataDir: () => userDataDir,
    rollingBackups: options.rollingBackups,
    backupClock: clock,
  });
  const dispatch = (method: MethodName, input: unknown, context = local) =>
    api.dispatch(method, input, context) as Promise<Envelope<unknown>>;
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value as MethodOutput<M>;
  };
  await call('workspace.open', { path: file });
  const folder = async () => {
    const listing = await call('backups.list', {});
    if (listing.folder === null) throw new Error('The listing names no folder.');
    return listing.folder;
  };
  return {
    file,
    userDataDir,
    session,
    clock,
    call,
    async failure(method, input) {
      const result = await dispatch(method, input);
      expect(result.ok, `${method} should have failed`).toBe(false);
      return (result as { ok: false; error: ApiErrorValue }).error;
    },
    pageCall: (method, input) => dispatch(method, input, { transport: 'http', access: 'renderer' }),
    folder,
    async backupFiles() {
      try {
        return readdirSync(await folder()).sort();
      } catch {
        return [];
      }
    },
    async addService(name) {
      await call('services.create', { name, lifecycle: 'live', criticality: 'medium' });
    },
    consultant: async () => (await call('engagement.get', {})).consultantName,
    async setConsultant(name) {
      const engagement = await call('engagement.get', {});
      await call('engagement.update', {
        clientOrganisation: engagement.clientOrganisation,
        scopeStatement: engagement.scopeStatement,
        auditType: engagement.auditType,
        plannedAuditDate: engagement.plannedAuditDate,
        consultantName: name,
      });
    },
  };
}
