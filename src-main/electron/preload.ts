// Runs in the sandboxed preload of the Clausebook window (bundled to dist/main/preload.cjs). It
// exposes exactly one object, `window.clausebook`, with two functions. The page never gets
// ipcRenderer, IPC events or any other Electron or Node object: what it can ask for is what the
// main process's invoke handler accepts, and that handler checks the sender and the contract.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_INVOKE_CHANNEL, IPC_WORKSPACE_CHANGED_CHANNEL, type ClausebookBridge } from '../api/bridge';
import type { Envelope } from '../api/errors';

const bridge = {
  async invoke(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'VALIDATION', message: 'The method name must be a string.' } };
    }
    try {
      return (await ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input)) as Envelope<unknown>;
    } catch (error) {
      // Inputs that cannot be structured-cloned (functions, DOM nodes) fail here, before the main process sees them.
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: { code: 'VALIDATION', message: `The request could not be sent: ${reason}` },
      };
    }
  },

  onWorkspaceChanged(listener: () => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onWorkspaceChanged needs a function.');
    // A fresh wrapper per subscription: the page's listener is called with no arguments, so the
    // IpcRendererEvent (which carries `sender`) never reaches it, and unsubscribing removes exactly this one.
    const relay = () => listener();
    ipcRenderer.on(IPC_WORKSPACE_CHANGED_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(IPC_WORKSPACE_CHANGED_CHANNEL, relay);
    };
  },
} satisfies ClausebookBridge;

contextBridge.exposeInMainWorld('clausebook', bridge);
