import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  IPC_INVOKE_CHANNEL,
  IPC_WORKSPACE_CHANGED_CHANNEL,
  type ClausebookBridge,
} from '../../../src-main/api/bridge';

// The preload runs on import and talks to `electron`; replace it with a recording fake (the real
// package would try to locate, or download, the Electron binary).
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const listeners = new Map<string, Listener[]>();
  return {
    exposed: new Map<string, unknown>(),
    invocations: [] as unknown[][],
    invokeResult: { ok: true, value: 'pong' } as unknown,
    invokeError: null as Error | null,
    listeners,
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener(...args);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      fake.invocations.push(args);
      if (fake.invokeError) throw fake.invokeError;
      return fake.invokeResult;
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      fake.listeners.set(channel, [...(fake.listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      fake.listeners.set(
        channel,
        (fake.listeners.get(channel) ?? []).filter((entry) => entry !== listener),
      );
    },
  },
}));

let bridge: ClausebookBridge;

beforeAll(async () => {
  await import('../../../src-main/electron/preload');
  bridge = fake.exposed.get('clausebook') as ClausebookBridge;
});

describe('preload bridge', () => {
  it('exposes exactly window.clausebook with invoke and onWorkspaceChanged', () => {
    expect([...fake.exposed.keys()]).toEqual(['clausebook']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onWorkspaceChanged']);
  });

  it('sends method and input on the invoke channel and returns the envelope', async () => {
    fake.invocations.length = 0;
    expect(await bridge.invoke('app.about', { a: 1 })).toEqual({ ok: true, value: 'pong' });
    expect(fake.invocations).toEqual([[IPC_INVOKE_CHANNEL, 'app.about', { a: 1 }]]);
  });

  it('refuses a method name that is not a string without sending anything', async () => {
    fake.invocations.length = 0;
    const result = await bridge.invoke({ toString: () => 'app.about' } as unknown as string, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fake.invocations).toEqual([]);
  });

  it('turns a request that cannot be sent into an error value', async () => {
    fake.invokeError = new Error('An object could not be cloned.');
    try {
      expect(await bridge.invoke('engagement.update', {})).toEqual({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'The request could not be sent: An object could not be cloned.',
        },
      });
    } finally {
      fake.invokeError = null;
    }
  });

  it('calls workspace listeners without the IPC event and stops after unsubscribing', () => {
    const calls: unknown[][] = [];
    const unsubscribe = bridge.onWorkspaceChanged((...args: unknown[]) => calls.push(args));
    fake.emit(IPC_WORKSPACE_CHANGED_CHANNEL, { sender: 'ipc event with sender' });
    expect(calls).toEqual([[]]);
    unsubscribe();
    fake.emit(IPC_WORKSPACE_CHANGED_CHANNEL, { sender: 'ipc event with sender' });
    expect(calls).toHaveLength(1);
    expect(fake.listeners.get(IPC_WORKSPACE_CHANGED_CHANNEL)).toEqual([]);
  });
});
