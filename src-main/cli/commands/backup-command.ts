import { EXIT_OK, type Command } from '../command';
import { formatBytes } from '../format';

export const backupCommand: Command = {
  name: 'backup',
  summary: "Write a consistent copy of a workspace with SQLite's online backup.",
  usage: 'clausebook backup <file> <dest>',
  help: ['  <file>  the workspace to back up', '  <dest>  the backup file to write; never overwritten'].join(
    '\n',
  ),
  options: {},
  positionals: ['<file>', '<dest>'],
  async run({ positionals }, runtime, io) {
    await runtime.call('workspace.open', { path: positionals[0] ?? '', upgrade: false });
    const result = await runtime.call('workspace.backup', { path: positionals[1] ?? '' });
    io.out(`Backed up to ${result.path} (${formatBytes(result.sizeBytes)}).`);
    return EXIT_OK;
  },
};
