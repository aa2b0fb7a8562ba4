import { CliFailure } from '../cli-runtime';
import { EXIT_FAILED, EXIT_OK, type Command } from '../command';

export const checkCommand: Command = {
  name: 'check',
  summary:
    "Verify a workspace: SQLite's integrity and foreign key checks, the register counts, and the change log's hash chain.",
  usage: 'clausebook check <file>',
  help: '  <file>  the workspace to check; exit 0 when sound, 1 when damaged, 2 when it cannot be read',
  options: {},
  positionals: ['<file>'],
  async run({ positionals }, runtime, io) {
    const file = positionals[0] ?? '';
    try {
      await runtime.call('workspace.open', { path: file, upgrade: false });
    } catch (error) {
      // A file too damaged to open has failed the check rather than being unreadable input.
      if (
        error instanceof CliFailure &&
        (error.error.code === 'WORKSPACE_CORRUPT' || error.error.code === 'WORKSPACE_TRUNCATED')
      ) {
        throw new CliFailure(error.error, EXIT_FAILED);
      }
      throw error;
    }
    const report = await runtime.call('workspace.check', {});
    const { changeLog } = report;
    if (report.ok) {
      io.out(
        `${file}: integrity ok, foreign keys ok, register counts ok, change log ok (${changeLog.entries} entries).`,
      );
      return EXIT_OK;
    }
    for (const line of report.integrity) io.err(`integrity: ${line}`);
    for (const row of report.foreignKeys)
      io.err(`foreign key: ${row.table} row ${row.rowid ?? '?'} points to a missing ${row.parent}`);
    for (const { table, kept, rows } of report.miscounted)
      io.err(`register count: ${table} is counted as ${kept} rows but holds ${rows}`);
    if (changeLog.firstBroken) {
      io.err(
        `change log: the chain breaks at entry ${changeLog.firstBroken.seq}: ${changeLog.firstBroken.reason}`,
      );
    }
    io.err(
      `${file}: ${report.integrity.length} integrity problem(s), ${report.foreignKeys.length} broken reference(s), ${report.miscounted.length} miscounted register(s), change log ${changeLog.ok ? 'ok' : 'broken'}.`,
    );
    return EXIT_FAILED;
  },
};
