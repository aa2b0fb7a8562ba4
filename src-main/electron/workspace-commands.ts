import { contract, type MethodInput } from '../api/contract';
import type { CallContext } from '../api/registry';
import type { WorkspaceSummary } from '../api/schemas/workspace';
import type { Dispatcher } from './core-ports';
import { organisationFromPath, type WorkspaceDialogs } from './dialogs';
import type { RecentWorkspaces } from './recent-workspaces';

/** Menu actions run in the main process on the user's behalf, so they may use local methods. */
export const MENU_CALL: CallContext = { transport: 'ipc', access: 'local' };

type OpeningMethod = 'workspace.create' | 'workspace.createSample' | 'workspace.open' | 'workspace.saveAs';

export interface WorkspaceCommandsDeps {
  api: Dispatcher;
  dialogs: Pick<
    WorkspaceDialogs,
    'chooseNewPath' | 'chooseOpenPath' | 'chooseSaveAsPath' | 'showError' | 'showAbout'
  >;
  recent: Pick<RecentWorkspaces, 'add' | 'remove' | 'clear'>;
  /** The recent list changed: the Open Recent menu must be rebuilt. */
  onRecentChanged(): void;
}

/**
 * What the File and Help menus, the OS (open-file, a second launch) and the first launch ask for.
 * Each goes through the API contract like any other caller; a failure is shown to the user with
 * the error's own message and leaves the app running.
 */
export class WorkspaceCommands {
  constructor(private readonly deps: WorkspaceCommandsDeps) {}

  async newWorkspace(): Promise<void> {
    const file = await this.deps.dialogs.chooseNewPath();
    if (file === null) return;
    await this.#openWith(
      'workspace.create',
      { path: file, clientOrganisation: organisationFromPath(file) },
      'Could not create the workspace',
    );
  }

  async open(): Promise<void> {
    const file = await this.deps.dialogs.chooseOpenPath();
    if (file !== null) await this.openPath(file);
  }

  openPath(file: string): Promise<boolean> {
    return this.#openWith('workspace.open', { path: file }, 'Could not open the workspace');
  }

  createSample(file: string): Promise<boolean> {
    return this.#openWith('workspace.createSample', { path: file }, 'Could not create the sample workspace');
  }

  async saveAs(): Promise<void> {
    const current = await this.current();
    if (current === null) return;
    const file = await this.deps.dialogs.chooseSaveAsPath(current.path);
    if (file !== null)
      await this.#openWith('workspace.saveAs', { path: file }, 'Could not save the workspace');
  }

  async close(): Promise<void> {
    const result = await this.deps.api.dispatch('workspace.close', {}, MENU_CALL);
    if (!result.ok) await this.deps.dialogs.showError('Could not close the workspace', result.error.message);
  }

  clearRecent(): void {
    this.deps.recent.clear();
    this.deps.onRecentChanged();
  }

  async about(): Promise<void> {
    const result = await this.deps.api.dispatch('app.about', {}, MENU_CALL);
    if (!result.ok) return this.deps.dialogs.showError('Could not read the version', result.error.message);
    const about = contract['app.about'].output.parse(result.value);
    await this.deps.dialogs.showAbout(about);
  }

  /** The open workspace as the core describes it, or null. */
  async current(): Promise<WorkspaceSummary | null> {
    const result = await this.deps.api.dispatch('workspace.current', {}, MENU_CALL);
    if (!result.ok) return null;
    const parsed = contract['workspace.current'].output.safeParse(result.value);
    return parsed.success ? parsed.data : null;
  }

  async #openWith<M extends OpeningMethod>(
    method: M,
    input: MethodInput<M>,
    failure: string,
  ): Promise<boolean> {
    const result = await this.deps.api.dispatch(method, input, MENU_CALL);
    if (!result.ok) {
      // A file that is gone should not stay in Open Recent to fail again.
      if (result.error.code === 'WORKSPACE_NOT_FOUND') {
        this.deps.recent.remove(input.path);
        this.deps.onRecentChanged();
      }
      await this.deps.dialogs.showError(failure, result.error.message);
      return false;
    }
    this.deps.recent.add(input.path);
    this.deps.onRecentChanged();
    return true;
  }
}
