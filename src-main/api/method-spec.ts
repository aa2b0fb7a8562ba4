import type { z } from 'zod';

/**
 * Who may call a method: `renderer` methods are served to the UI over Electron IPC and the
 * loopback HTTP host; `local` methods take paths on the user's machine and are only called in
 * process (CLI, Electron main), never from a page.
 */
export type Access = 'renderer' | 'local';

/**
 * What a method does to the open workspace. `reads` methods only read it, so they may run beside
 * a backup and beside each other; anything else (`writes`, the default: writing, opening,
 * closing, restoring, importing) waits for everything before it and runs alone. Only a method
 * that never writes, opens or closes anything may say `reads`.
 */
export type Effect = 'reads' | 'writes';

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType, A extends Access> {
  input: I;
  output: O;
  access: A;
  /** `writes` when left out. */
  effect?: Effect;
  summary: string;
}

export const method = <I extends z.ZodType, O extends z.ZodType, A extends Access>(
  spec: MethodSpec<I, O, A>,
) => spec;
