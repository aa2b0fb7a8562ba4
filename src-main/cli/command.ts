import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliRuntime } from './cli-runtime';

/** Exit codes, the same for every command. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1; // a check or a validation failed
export const EXIT_USAGE = 2; // wrong usage, or input that cannot be read

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Explains arguments and options under the usage line of `--help`. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: string[];
  /** Set by commands that keep a workspace open for a person to work in (`serve`): back it up as the app does. */
  rollingBackups?: boolean;
  run(parsed: ParsedCommand, runtime: CliRuntime, io: CliIo): Promise<number>;
}

export interface ParsedCommand {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseCommandLine(command: Command, args: string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
  const expected = command.positionals.length;
  // Positionals written in brackets ("[<file>]") are optional; the command checks which it needs.
  const required = command.positionals.filter((positional) => !positional.startsWith('[')).length;
  if (parsed.positionals.length < required) {
    const missing = command.positionals.slice(parsed.positionals.length, required).join(' ');
    throw new UsageError(`missing ${missing}.`);
  }
  if (parsed.positionals.length > expected) {
    throw new UsageError(`unexpected argument "${parsed.positionals[expected]}".`);
  }
  return { positionals: parsed.positionals, values: parsed.values as ParsedCommand['values'] };
}
