import path from 'node:path';
import { EXIT_OK, type Command } from '../command';
import { backupKindLabel, formatChangeLog, formatLocalTime } from '../backup-format';
import { formatBytes } from '../format';

export const backupsCommand: Command = {
  name: 'backups',
  summary: "List a workspace's automatic and manual backups, newest first.",
  usage: 'clausebook backups <file> [--json]',
  help: [
    '  <file>  the workspace whose backups to list',
    '  --json  print the list as JSON',
    '',
    '  Backups are kept in the backups folder of your Clausebook app data (CLAUSEBOOK_USER_DATA_DIR',
    '  when set). Restore one with: clausebook restore <file> --from <id> --yes',
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  positionals: ['<file>'],
  async run({ positionals, values }, runtime, io) {
    const file = positionals[0] ?? '';
    await runtime.call('workspace.open', { path: file, upgrade: false });
    const listing = await runtime.call('backups.list', {});
    if (values.json) {
      io.out(JSON.stringify(listing, null, 2));
      return EXIT_OK;
    }
    const name = path.basename(file);
    if (listing.unavailable !== null) {
      io.out(listing.unavailable);
      return EXIT_OK;
    }
    if (listing.backups.length === 0) {
      io.out(`${name} has no backups yet. Clausebook takes one each time it opens the workspace;`);
      io.out(`take one now with: clausebook backup ${file}`);
      return EXIT_OK;
    }
    io.out(`Backups of ${name}, in ${listing.folder ?? 'the app data folder'}:`);
    io.out('');
    const rows = listing.backups.map((entry) => [
      entry.id,
      formatLocalTime(entry.takenAt),
      backupKindLabel(entry.kind),
      formatBytes(entry.sizeBytes),
      formatChangeLog(entry.changeLog),
    ]);
    const header = ['ID', 'TAKEN', 'KIND', 'SIZE', 'CHANGE LOG'];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
    );
    for (const row of [header, ...rows]) {
      io.out(
        row
          .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
          .join('  '),
      );
    }
    io.out('');
    io.out(
      `Kept: the last ${listing.keepToday} of today and the last of each of the ${listing.keepDays} days before.`,
    );
    io.out(`Restore one with: clausebook restore ${file} --from <id> --yes`);
    return EXIT_OK;
  },
};
