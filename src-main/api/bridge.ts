import type { Envelope } from './errors';

/**
 * The one object the Electron preload exposes to the page as `window.clausebook`. It carries
 * method names and inputs to the main process, which validates them against the contract; it
 * exposes nothing else of Electron or Node.
 */
export interface ClausebookBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Called when the main process opens, closes or replaces the workspace (menu, dialogs). Returns an unsubscribe function. */
  onWorkspaceChanged(listener: () => void): () => void;
}

export const IPC_INVOKE_CHANNEL = 'clausebook:invoke';
export const IPC_WORKSPACE_CHANGED_CHANNEL = 'clausebook:workspace-changed';
