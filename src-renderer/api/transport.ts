import type { ClausebookBridge } from '../../src-main/api/bridge';
import type { Envelope } from '../../src-main/api/errors';
import { SessionEndedError } from './api-error';

declare global {
  interface Window {
    /** Present only inside the Electron window, exposed by the preload script. */
    readonly clausebook?: ClausebookBridge;
  }
}

/** Carries one method call to the core and brings back its envelope, whatever the channel. */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  send(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Calls `listener` when the open workspace is replaced from outside the page; returns an unsubscribe. */
  onWorkspaceChanged(listener: () => void): () => void;
}

function ipcTransport(bridge: ClausebookBridge): Transport {
  return {
    kind: 'ipc',
    send: (method, input) => bridge.invoke(method, input),
    onWorkspaceChanged: (listener) => bridge.onWorkspaceChanged(listener),
  };
}

/**
 * The loopback host. The session cookie it set when the user opened the tokenised link travels with
 * every same-origin request, so the page never handles the token itself.
 */
const httpTransport: Transport = {
  kind: 'http',
  async send(method, input) {
    const response = await fetch('/api/' + encodeURIComponent(method), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
    if (response.status === 401 || response.status === 403) throw new SessionEndedError(response.status);
    // The host answers every API request with an envelope, whatever the HTTP status.
    return (await response.json()) as Envelope<unknown>;
  },
  // In a browser only this page changes the workspace, so there is nothing to hear about.
  onWorkspaceChanged: () => () => undefined,
};

export function detectTransport(): Transport {
  return window.clausebook ? ipcTransport(window.clausebook) : httpTransport;
}
