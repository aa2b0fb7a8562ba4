import { describe, expect, it } from 'vitest';
import { HandlerRegistry, type CallContext } from '../../../src-main/api/registry';
import { contract, methodNames } from '../../../src-main/api/contract';
import { createApi } from '../../../src-main/api/handlers';
import { Session } from '../../../src-main/core/session';
import { exampleEngagement, makeWorkspaceFile } from '../../helpers/workspace-fixtures';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const renderer: CallContext = { transport: 'http', access: 'renderer' };
const local: CallContext = { transport: 'cli', access: 'local' };

describe('the handler registry', () => {
  it('refuses a second handler for the same method', () => {
    const api = new HandlerRegistry();
    api.register('workspace.close', () => null);
    expect(() => api.register('workspace.close', () => null)).toThrow(
      'A handler for workspace.close is already registered.',
    );
  });

  it('has a handler for every method in the contract', () => {
    const api = createApi(new Session(), { appVersion: '1.2.3' });
    for (const method of methodNames) expect(api.has(method), method).toBe(true);
  });

  it('answers an unknown method with a typed error', async () => {
    const api = createApi(new Session(), { appVersion: '1.2.3' });
    expect(await api.dispatch('workspace.delete', {}, renderer)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Clausebook has no operation named "workspace.delete".' },
    });
    expect(await api.dispatch({ toString: 'x' }, {}, renderer)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await api.dispatch('__proto__', {}, renderer)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('never lets a page call a method that takes paths on this machine', async () => {
    const api = createApi(new Session(), { appVersion: '1.2.3' });
    const localMethods = methodNames.filter((method) => contract[method].access === 'local');
    expect(localMethods).toContain('workspace.open');
    for (const method of localMethods) {
      const result = await api.dispatch(method, { path: '/etc/passwd' }, renderer);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('parses input before the handler sees it and lists every problem', async () => {
    let called = false;
    const api = new HandlerRegistry();
    api.register('engagement.update', () => {
      called = true;
      return { ...exampleEngagement, createdAt: 'x', updatedAt: 'y' };
    });
    const result = await api.dispatch(
      'engagement.update',
      { ...exampleEngagement, clientOrganisation: '   ', plannedAuditDate: '2027-02-30', extra: true },
      renderer,
    );
    expect(called).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details).toEqual({
      issues: expect.arrayContaining([
        { path: ['clientOrganisation'], message: 'Enter the client organisation.' },
        { path: ['plannedAuditDate'], message: 'This date does not exist in the calendar.' },
        expect.objectContaining({ path: [] }),
      ]),
    });
    expect(result.error.message).toMatch(
      /^clientOrganisation: Enter the client organisation\. \(and 2 more problems\)$/,
    );
  });

  it('turns an unexpected exception into an INTERNAL error without a stack trace', async () => {
    const api = new HandlerRegistry();
    api.register('workspace.close', () => {
      throw new TypeError('boom');
    });
    const result = await api.dispatch('workspace.close', {}, local);
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Clausebook hit an unexpected problem: boom' },
    });
  });

  it('refuses a handler result that breaks the contract', async () => {
    const api = new HandlerRegistry();
    api.register('app.about', () => ({ name: 'Clausebook', version: 1 }) as never);
    const result = await api.dispatch('app.about', {}, renderer);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('does not match its contract') },
    });
  });

  it('answers NO_WORKSPACE when nothing is open', async () => {
    const api = createApi(new Session(), { appVersion: '1.2.3' });
    expect(await api.dispatch('engagement.get', {}, renderer)).toMatchObject({
      ok: false,
      error: { code: 'NO_WORKSPACE' },
    });
    expect(await api.dispatch('workspace.current', {}, renderer)).toEqual({ ok: true, value: null });
  });

  it('answers opening the workspace that is already open with its summary, not a lock error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausebook-registry-'));
    try {
      const file = await makeWorkspaceFile(dir);
      const session = new Session();
      const api = createApi(session, { appVersion: '1.2.3' });
      expect(await api.dispatch('workspace.open', { path: file }, local)).toMatchObject({ ok: true });
      const again = await api.dispatch('workspace.open', { path: file }, local);
      expect(again).toMatchObject({
        ok: true,
        value: { fileName: 'client.clausebook', upgradeBackup: null },
      });
      session.closeSync();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs calls one at a time, so a close never lands in the middle of a backup', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausebook-registry-'));
    try {
      const file = await makeWorkspaceFile(dir);
      const session = new Session();
      const api = createApi(session, { appVersion: '1.2.3' });
      await api.dispatch('workspace.open', { path: file }, local);
      const [backup, closed] = await Promise.all([
        api.dispatch('workspace.backup', { path: path.join(dir, 'copy.clausebook') }, local),
        api.dispatch('workspace.close', {}, local),
      ]);
      expect(backup).toMatchObject({ ok: true, value: { path: path.join(dir, 'copy.clausebook') } });
      expect(closed).toEqual({ ok: true, value: null });
      expect(session.workspace).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('takes turns with the workspace', () => {
    /** A promise the test settles by hand, to hold work in the middle. */
    function gate() {
      let open = () => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      return { open, opened };
    }
    /** Lets every piece of work that can move on do so. */
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    /** Calls a method and notes, in `log`, when its handler ran and when its answer came back. */
    function tracked(api: HandlerRegistry, log: string[], method: string, input: unknown = {}) {
      return api.dispatch(method, input, local).then((result) => {
        log.push(`${method} answered`);
        return result;
      });
    }

    it('lets calls that only read run while a backup copies the workspace', async () => {
      const api = new HandlerRegistry();
      const log: string[] = [];
      api.register('workspace.current', () => (log.push('current ran'), null));
      api.register('app.about', () => ({
        name: 'Clausebook',
        version: '1',
        schemaVersion: 1,
        transport: 'cli',
      }));
      const copying = gate();
      const backup = api.alongsideReads(async () => {
        log.push('backup started');
        await copying.opened;
        log.push('backup finished');
      });
      await tracked(api, log, 'workspace.current');
      await tracked(api, log, 'app.about');
      expect(log).toEqual([
        'backup started',
        'current ran',
        'workspace.current answered',
        'app.about answered',
      ]);
      copying.open();
      await backup;
      expect(log.at(-1)).toBe('backup finished');
    });

    it('makes a write and a close wait for a backup, and tells the backup they are waiting', async () => {
      const api = new HandlerRegistry();
      const log: string[] = [];
      api.register('measurements.delete', () => (log.push('delete ran'), null));
      api.register('workspace.close', () => (log.push('close ran'), null));
      const copying = gate();
      let toldOfWrite = false;
      const backup = api.alongsideReads(async ({ writeWaiting }) => {
        void writeWaiting.then(() => (toldOfWrite = true));
        await copying.opened;
        log.push('backup finished');
      });
      await settle();
      const deleted = tracked(api, log, 'measurements.delete', { id: randomUUID() });
      const closed = tracked(api, log, 'workspace.close');
      await settle();
      expect(log).toEqual([]);
      expect(toldOfWrite).toBe(true);
      copying.open();
      await Promise.all([backup, deleted, closed]);
      expect(log.filter((entry) => entry.endsWith(' ran') || entry.startsWith('backup'))).toEqual([
        'backup finished',
        'delete ran',
        'close ran',
      ]);
    });

    it('keeps the order of calls: a read asked for after a write waits for it, a write after a read waits too', async () => {
      const api = new HandlerRegistry();
      const log: string[] = [];
      const writing = gate();
      api.register('measurements.delete', async () => {
        log.push('delete started');
        await writing.opened;
        log.push('delete finished');
        return null;
      });
      const reading = gate();
      api.register('workspace.current', async () => {
        log.push('current started');
        await reading.opened;
        log.push('current finished');
        return null;
      });
      api.register('workspace.close', () => (log.push('close ran'), null));

      const deleted = tracked(api, log, 'measurements.delete', { id: randomUUID() });
      const current = tracked(api, log, 'workspace.current');
      await settle();
      expect(log).toEqual(['delete started']);
      writing.open();
      await deleted;
      await settle();
      expect(log.filter((entry) => !entry.endsWith('answered'))).toEqual([
        'delete started',
        'delete finished',
        'current started',
      ]);

      const closed = tracked(api, log, 'workspace.close');
      await settle();
      expect(log).not.toContain('close ran');
      reading.open();
      await Promise.all([current, closed]);
      expect(log.filter((entry) => !entry.endsWith('answered')).slice(-2)).toEqual([
        'current finished',
        'close ran',
      ]);
    });

    it('does not start a backup waiting for quiet while calls keep coming, and starts it when a write waits', async () => {
      const api = new HandlerRegistry();
      api.register('workspace.close', () => null);
      const steps: string[] = [];
      const backup = api.alongsideReads(async ({ writeWaiting, quiet }) => {
        await Promise.race([writeWaiting, quiet(60 * 60_000)]);
        steps.push('copying');
      });
      await settle();
      expect(steps).toEqual([]);
      await api.dispatch('workspace.close', {}, local);
      await backup;
      expect(steps).toEqual(['copying']);
    });
  });
});
