import type { HandlerRegistry } from '../api/registry';

// What the shell needs of the core. The main entry passes the real Session and the registry from
// createApi; tests pass recording fakes.

/** Every workspace operation goes through the contract, like the CLI and the loopback host do. */
export type Dispatcher = Pick<HandlerRegistry, 'dispatch'>;

export interface WorkspaceSession {
  /** Fires whenever a workspace is opened, closed or replaced. Returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Checkpoints and closes the open workspace; safe to call when none is open. */
  closeSync(): void;
}
