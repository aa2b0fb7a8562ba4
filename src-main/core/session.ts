import { ClausebookError } from '../api/errors';
import type { Workspace } from './workspace/workspace';

/**
 * The workspace a window (or a CLI run, or a `serve` host) is working in. At most one is open;
 * replacing it closes the previous one. Listeners hear of every change so the UI can reload.
 */
export class Session {
  #workspace: Workspace | null = null;
  readonly #listeners = new Set<() => void>();

  get workspace(): Workspace | null {
    return this.#workspace;
  }

  /** The open workspace, or a NO_WORKSPACE error a user can understand. */
  require(): Workspace {
    if (!this.#workspace)
      throw new ClausebookError('NO_WORKSPACE', 'No workspace is open. Open or create one first.');
    return this.#workspace;
  }

  replace(next: Workspace | null): void {
    const previous = this.#workspace;
    this.#workspace = next;
    if (previous && previous !== next) previous.close();
    for (const listener of this.#listeners) listener();
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  closeSync(): void {
    if (this.#workspace) this.replace(null);
  }
}
