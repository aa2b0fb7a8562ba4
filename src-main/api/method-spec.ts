import type { z } from 'zod';

/**
 * Who may call a method: `renderer` methods are served to the UI over Electron IPC and the
 * loopback HTTP host; `local` methods take paths on the user's machine and are only called in
 * process (CLI, Electron main), never from a page.
 */
export type Access = 'renderer' | 'local';

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType, A extends Access> {
  input: I;
  output: O;
  access: A;
  summary: string;
}

export const method = <I extends z.ZodType, O extends z.ZodType, A extends Access>(
  spec: MethodSpec<I, O, A>,
) => spec;
