import { EXIT_OK, type Command } from '../command';
import { describeBackup } from '../backup-format';
import { formatBytes } from '../format';

export const backupCommand: Command = {
  name: 'backup',
  summary: "Write a consistent copy of a workspace with SQLite's online backup.",
  usage: 'clausebook backup <file> [<dest>]',
  help: [
    '  <file>  the workspace to back up',
    '  <dest>  the backup file to write; never overwritten. Without it, the backup joins the',
    '          workspace\'s backups in the app data folder (see "clausebook backups <file>")',
  ].join('\n'),
  options: {},
  positionals: ['<file>', '[<dest>]'],
  async run({ positionals }, runtime, io) {
    const [file = '', destination] = positionals;
    await runtime.call('workspace.open', { path: file, upgrade: false });
    if (destination === undefined) {
      const entry = await runtime.call('backups.create', {});
      io.out(`Backed up as ${entry.id} (${describeBackup(entry)}).`);
      return EXIT_OK;
    }
    const result = await runtime.call('workspace.backup', { path: destination });
    io.out(`Backed up to ${result.path} (${formatBytes(result.sizeBytes)}).`);
    return EXIT_OK;
  },
};
