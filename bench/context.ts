import type { GeneratedWorkspace } from './generate-workspace';
import type { Scale } from './scale';

/** What every figure needs: the built app, the generated workspace, and a scratch folder of its own. */
export interface BenchContext {
  scale: Scale;
  /** The built CLI bundle (dist-bench/cli/clausebook.cjs). */
  cli: string;
  generated: GeneratedWorkspace;
  /** Emptied before the run; copies, packs and identities go here. */
  scratch: string;
  passphrase: string;
}

/** Runs the built CLI with this Node (24, which better-sqlite3 was built for). */
export function cliArgs(context: BenchContext, ...args: string[]): [string, string[]] {
  return [process.execPath, [context.cli, ...args]];
}
