import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../../src-main/api/contract';
import type { ApiErrorValue } from '../../../../src-main/api/errors';
import { createApi } from '../../../../src-main/api/handlers';
import { Session } from '../../../../src-main/core/session';
import { DEEP_ARRAY } from '../../../helpers/reliability/fuzz/adversarial-values';
import { databaseContentHash } from '../../../helpers/reliability/fuzz/database-content-hash';
import { useTempDir } from '../../../helpers/temp-dir';
import { exampleEngagement, makeWorkspaceFile } from '../../../helpers/workspace-fixtures';

/**
 * The inputs with which the API fuzzing found bugs, kept as plain tests so each fix stays
 * fixed whatever seed the fuzzing runs with. Each once answered INTERNAL.
 */

const local = { transport: 'cli', access: 'local' } as const;
const page = { transport: 'http', access: 'renderer' } as const;

async function openWorkspace(dir: string) {
  const file = await makeWorkspaceFile(dir);
  const session = new Session();
  const api = createApi(session, {
    appVersion: '0.0.0-test',
    userDataDir: () => path.join(dir, 'user-data'),
  });
  await api.dispatch('workspace.open', { path: file }, local);
  return {
    session,
    async refusal(method: MethodName, input: unknown, caller: typeof local | typeof page = local) {
      const before = databaseContentHash(session.require().db);
      const result = await api.dispatch(method, input, caller);
      expect(result.ok, `${method} should have been refused`).toBe(false);
      expect(databaseContentHash(session.require().db)).toBe(before);
      return (result as { ok: false; error: ApiErrorValue }).error;
    },
  };
}

describe('inputs the API fuzzing found bugs with', () => {
  const tempDir = useTempDir();

  it('a list filtered or sorted by a name Object.prototype has ("constructor", "toString")', async () => {
    const { refusal, session } = await openWorkspace(tempDir());
    try {
      expect(await refusal('suppliers.list', { filters: { constructor: '' } }, page)).toEqual({
        code: 'VALIDATION',
        message: 'The suppliers list cannot be filtered by "constructor".',
      });
      expect(await refusal('services.list', { sort: { by: 'toString' } }, page)).toEqual({
        code: 'VALIDATION',
        message: 'The services list cannot be sorted by "toString".',
      });
    } finally {
      session.closeSync();
    }
  });

  it('a new workspace, copy or backup whose folder is a file, or whose name is too long', async () => {
    const dir = tempDir();
    const { refusal, session } = await openWorkspace(dir);
    try {
      writeFileSync(path.join(dir, 'a'), 'a file where a folder is expected');
      const under = path.join(dir, 'a', 'b.clausebook');
      const before = readdirSync(dir).sort();
      const longName = path.join(dir, `${'n'.repeat(300)}.csv`);
      const noFolder = `The folder ${path.join(dir, 'a')} does not exist.`;
      for (const [method, input, message] of [
        ['workspace.create', { path: under, clientOrganisation: 'Client' }, noFolder],
        ['workspace.createSample', { path: under }, noFolder],
        ['workspace.saveAs', { path: under }, noFolder],
        ['workspace.backup', { path: under }, noFolder],
        [
          'registers.exportFile',
          { register: 'customers', path: under.replace(/clausebook$/, 'csv') },
          noFolder,
        ],
        [
          'registers.exportFile',
          { register: 'customers', path: longName },
          `Could not write ${longName} (ENAMETOOLONG).`,
        ],
      ] as const) {
        expect(await refusal(method, input), method).toEqual({ code: 'IO', message });
      }
      // Nothing was left beside the workspace, and the session still works in it.
      expect(readdirSync(dir).sort()).toEqual(before);
      expect(session.workspace?.file).toBe(path.join(dir, 'client.clausebook'));
    } finally {
      session.closeSync();
    }
  });

  it('text holding a null character, which the database’s checks read as ending there', async () => {
    const { refusal, session } = await openWorkspace(tempDir());
    try {
      expect(
        await refusal('engagement.update', { ...exampleEngagement, clientOrganisation: '\u0000' }, page),
      ).toMatchObject({
        code: 'VALIDATION',
        message:
          'clientOrganisation: The client organisation contains a null character (U+0000), which Clausebook cannot keep; remove it.',
      });
      expect(
        await refusal('services.create', { name: 'Mail\u0000', lifecycle: 'live', criticality: 'low' }, page),
      ).toMatchObject({
        code: 'VALIDATION',
        message:
          'name: The service name contains a null character (U+0000), which Clausebook cannot keep; remove it.',
      });
      expect(
        await refusal('assessments.set', { itemId: '8.3.4.1-01', values: { owner: '\u0000' } }, page),
      ).toMatchObject({
        code: 'VALIDATION',
        message: expect.stringMatching(/^values\.owner: The owner contains a null/),
      });
    } finally {
      session.closeSync();
    }
  });

  it('pack options naming a clause by an array nested 5000 levels deep', async () => {
    const { refusal, session } = await openWorkspace(tempDir());
    try {
      const error = await refusal(
        'packs.start',
        {
          fingerprint: Array(32).fill('AB').join(':'),
          passphrase: 'secret words',
          options: { clauses: [DEEP_ARRAY] },
        },
        page,
      );
      expect(error).toMatchObject({
        code: 'VALIDATION',
        message: 'options.clauses.0: Name each clause to include by its number, 4 to 10.',
      });
    } finally {
      session.closeSync();
    }
  });
});
