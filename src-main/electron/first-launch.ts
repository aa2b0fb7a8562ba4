import { existsSync } from 'node:fs';
import path from 'node:path';
import type { WorkspaceCommands } from './workspace-commands';

export const SAMPLE_WORKSPACE_FILE = 'Sample workspace.clausebook';

export interface InitialWorkspace {
  action: 'open' | 'createSample';
  path: string;
}

export interface StartupFacts {
  /** A workspace the OS asked us to open (double-click, `clausebook file.clausebook`). */
  requestedPath: string | null;
  /** Most recent first, missing files already removed. */
  recent: readonly string[];
  samplePath: string;
  sampleExists: boolean;
}

/**
 * Which workspace to show at start: the one the user asked for, else the last one used, else the
 * sample (created on the very first launch so a new user has something to explore).
 */
export function chooseInitialWorkspace(facts: StartupFacts): InitialWorkspace {
  if (facts.requestedPath !== null) return { action: 'open', path: facts.requestedPath };
  const [latest] = facts.recent;
  if (latest !== undefined) return { action: 'open', path: latest };
  return { action: facts.sampleExists ? 'open' : 'createSample', path: facts.samplePath };
}

export interface StartupDeps {
  commands: Pick<WorkspaceCommands, 'openPath' | 'createSample'>;
  recent: { list(): string[] };
  userDataDir: string;
  requestedPath: string | null;
  exists?: (file: string) => boolean;
}

/** Opens the start-up workspace. A failure is reported by the commands; the window then shows no workspace. */
export async function openStartupWorkspace(deps: StartupDeps): Promise<void> {
  const samplePath = path.join(deps.userDataDir, SAMPLE_WORKSPACE_FILE);
  const choice = chooseInitialWorkspace({
    requestedPath: deps.requestedPath,
    recent: deps.recent.list(),
    samplePath,
    sampleExists: (deps.exists ?? existsSync)(samplePath),
  });
  if (choice.action === 'open') await deps.commands.openPath(choice.path);
  else await deps.commands.createSample(choice.path);
}
