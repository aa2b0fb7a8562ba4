import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, expect } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/api/contract';
import type { ApiErrorValue, Envelope } from '../../../src-main/api/errors';
import { createApi } from '../../../src-main/api/handlers';
import { Session } from '../../../src-main/core/session';
import { makeWorkspaceFile } from '../../helpers/workspace-fixtures';

/** A record as the API returns it, for tests that treat every register alike. */
export type AnyRecord = Record<string, unknown> & { id: string; code: string };

export interface ChangeRow {
  seq: number;
  at: string;
  actor: string;
  register: string;
  record_id: string;
  operation: 'create' | 'update' | 'delete';
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * One open workspace driven through the API registry exactly as the CLI drives it: every input
 * parsed by the contract's schema, every failure an error value.
 */
export interface Harness {
  file: string;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Any method by name, for tests that loop over registers; fails the test on an error value. */
  callAny(method: string, input: unknown): Promise<AnyRecord>;
  /** Calls a method that must fail, and returns its error value. */
  failure(method: string, input: unknown): Promise<ApiErrorValue>;
  db(): Database.Database;
  changeLog(): ChangeRow[];
  close(): void;
}

const context = { transport: 'cli', access: 'local' } as const;

/** Creates a workspace (consultant "Ana Costa") in `dir` and opens it through the API. */
export async function openHarness(dir: string, name = 'registers.clausebook'): Promise<Harness> {
  return openHarnessOn(await makeWorkspaceFile(dir, name));
}

/** Opens an existing workspace file through the API. */
export async function openHarnessOn(file: string): Promise<Harness> {
  const session = new Session();
  const api = createApi(session, { appVersion: '0.0.0-test' });
  const dispatch = (method: string, input: unknown) =>
    api.dispatch(method, input, context) as Promise<Envelope<unknown>>;
  const succeed = async (method: string, input: unknown) => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  await succeed('workspace.open', { path: file });
  return {
    file,
    call: (method, input) => succeed(method, input) as never,
    callAny: (method, input) => succeed(method, input) as Promise<AnyRecord>,
    async failure(method, input) {
      const result = await dispatch(method, input);
      expect(result.ok, `${method} should have failed`).toBe(false);
      return (result as { ok: false; error: ApiErrorValue }).error;
    },
    db: () => session.require().db,
    changeLog: () =>
      session.require().db.prepare('SELECT * FROM change_log ORDER BY seq').all() as ChangeRow[],
    close: () => session.closeSync(),
  };
}

/** A folder shared by all tests of a file, for fixtures that are built once and only read. */
export function useSharedTempDir(): () => string {
  let dir: string | null = null;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-registers-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!dir) throw new Error('The shared folder exists only while the tests of this file run.');
    return dir;
  };
}

export function parsed(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}
