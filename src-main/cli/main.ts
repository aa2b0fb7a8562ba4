import { APP_VERSION } from '../shared/app-version';
import { CliFailure, CliRuntime } from './cli-runtime';
import { EXIT_OK, EXIT_USAGE, UsageError, parseCommandLine, type CliIo, type Command } from './command';
import { backupCommand } from './commands/backup-command';
import { backupsCommand } from './commands/backups-command';
import { restoreCommand } from './commands/restore-command';
import { checkCommand } from './commands/check-command';
import { clausesCommand } from './commands/clauses-command';
import { demoCommand } from './commands/demo-command';
import { exportCommand } from './commands/export-command';
import { identityCommand } from './commands/identity-command';
import { importCommand } from './commands/import-command';
import { infoCommand } from './commands/info-command';
import { newCommand } from './commands/new-command';
import { readinessCommand } from './commands/readiness-command';
import { serveCommand } from './commands/serve-command';
import { packCommand } from './commands/pack-command';
import { verifyCommand } from './commands/verify-command';

const commands: readonly Command[] = [
  newCommand,
  demoCommand,
  infoCommand,
  checkCommand,
  backupCommand,
  backupsCommand,
  restoreCommand,
  importCommand,
  exportCommand,
  clausesCommand,
  readinessCommand,
  packCommand,
  verifyCommand,
  identityCommand,
  serveCommand,
];

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  return [
    'clausebook: ISO/IEC 20000-1:2018 audit preparation workspaces, from the command line.',
    '',
    'Usage: clausebook <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    'Run "clausebook <command> --help" for its options. Exit codes: 0 success, 1 a check or',
    'validation failed, 2 wrong usage or input that cannot be read.',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return [`${command.summary}`, '', `Usage: ${command.usage}`, '', command.help].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(overview());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(APP_VERSION);
    return EXIT_OK;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`clausebook: unknown command "${name}". Run "clausebook --help" for the list.`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command));
    return EXIT_OK;
  }
  const runtime = new CliRuntime({ rollingBackups: command.rollingBackups === true });
  try {
    return await command.run(parseCommandLine(command, rest), runtime, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`clausebook ${command.name}: ${error.message} Usage: ${command.usage}`);
      return EXIT_USAGE;
    }
    if (error instanceof CliFailure) {
      io.err(`clausebook ${command.name}: ${error.message}`);
      return error.exitCode;
    }
    io.err(
      `clausebook ${command.name}: unexpected problem: ${error instanceof Error ? error.message : String(error)}`,
    );
    return EXIT_USAGE;
  } finally {
    runtime.close();
  }
}

/** Runs the CLI with this process's arguments and streams; sets the exit code. */
export function runFromProcess(): void {
  // `clausebook clauses | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: CliIo = {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`clausebook: ${String(error)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}

// `node dist/cli/clausebook.cjs ...` runs directly; bin/clausebook.cjs calls runFromProcess itself.
if (require.main === module) runFromProcess();
