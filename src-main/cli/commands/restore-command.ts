import { statSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_ID_PATTERN } from '../../core/backups/backup-name';
import { CliFailure } from '../cli-runtime';
import { EXIT_OK, EXIT_USAGE, UsageError, type Command } from '../command';
import { describeBackup, formatChangeLog, formatLocalTime } from '../backup-format';
import { formatBytes } from '../format';
import type { CliRuntime } from '../cli-runtime';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Replace a workspace with one of its backups; the current state is backed up first.',
  usage: 'clausebook restore <file> --from <id|backup file> [--yes]',
  help: [
    '  <file>          the workspace to restore (close it in Clausebook first)',
    '  --from <id>     a backup from "clausebook backups <file>", or a backup file on this machine',
    '  --yes           restore; without it, says what would be restored and changes nothing',
    '',
    '  The backup is checked first (integrity, a Clausebook workspace of a version this one reads, a',
    '  backup of this workspace); a damaged one is refused and nothing changes. The current state is',
    '  then backed up, so the restore can be undone by restoring that backup.',
  ].join('\n'),
  options: { from: { type: 'string' }, yes: { type: 'boolean' } },
  positionals: ['<file>'],
  async run({ positionals, values }, runtime, io) {
    const file = positionals[0] ?? '';
    const from = values.from;
    if (typeof from !== 'string' || from === '') throw new UsageError('missing --from <id|backup file>.');
    const byId = BACKUP_ID_PATTERN.test(from);
    // Only a real restore may upgrade an older file; asking what would happen changes nothing.
    await runtime.call('workspace.open', { path: file, upgrade: values.yes === true });
    const name = path.basename(file);

    if (values.yes !== true) {
      io.out(`Would restore ${name} from ${await describeSource(runtime, from, byId)}.`);
      io.out('The current state would be backed up first, so the restore could be undone.');
      io.err('clausebook restore: nothing was changed; add --yes to restore.');
      return EXIT_USAGE;
    }

    const report = byId
      ? await runtime.call('backups.restore', { id: from })
      : await runtime.call('backups.restoreFile', { path: from });
    const source = report.source.id ?? report.source.fileName;
    const taken = report.source.takenAt ? ` (taken ${formatLocalTime(report.source.takenAt)})` : '';
    io.out(`Restored ${name} from ${source}${taken}: change log ${formatChangeLog(report.changeLog)}.`);
    if (report.upgradedFrom !== null)
      io.out(`The backup was in workspace format ${report.upgradedFrom}; it has been brought up to date.`);
    io.out(`The state before the restore is kept as backup ${report.beforeRestore.id}. To undo:`);
    io.out(`  clausebook restore ${file} --from ${report.beforeRestore.id} --yes`);
    return EXIT_OK;
  },
};

async function describeSource(runtime: CliRuntime, from: string, byId: boolean): Promise<string> {
  if (!byId) {
    try {
      return `${from} (${formatBytes(statSync(from).size)})`;
    } catch {
      throw new CliFailure(
        { code: 'NOT_FOUND', message: `There is no backup file at ${from}. Nothing was changed.` },
        EXIT_USAGE,
      );
    }
  }
  const listing = await runtime.call('backups.list', {});
  const entry = listing.backups.find((candidate) => candidate.id === from);
  if (!entry) {
    throw new CliFailure(
      {
        code: 'NOT_FOUND',
        message: `There is no backup ${from} of this workspace; "clausebook backups <file>" lists them. Nothing was changed.`,
      },
      EXIT_USAGE,
    );
  }
  return `backup ${entry.id} (${describeBackup(entry)})`;
}
