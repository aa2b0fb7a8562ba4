import path from 'node:path';
import { EXIT_OK, UsageError, type Command } from '../command';
import { WORKSPACE_EXTENSION } from '../../core/workspace/format';

export const newCommand: Command = {
  name: 'new',
  summary: 'Create an empty workspace for a client engagement.',
  usage: 'clausebook new <file> --org <name>',
  help: [
    '  <file>        the workspace file to create (".clausebook" is added if missing); never overwritten',
    '  --org <name>  the client organisation the engagement is for',
  ].join('\n'),
  options: { org: { type: 'string' } },
  positionals: ['<file>'],
  async run({ positionals, values }, runtime, io) {
    const organisation = values.org;
    if (typeof organisation !== 'string') throw new UsageError('missing --org <name>.');
    const file = withExtension(positionals[0] ?? '');
    const summary = await runtime.call('workspace.create', { path: file, clientOrganisation: organisation });
    io.out(`Created ${summary.path ?? file} for ${summary.engagement.clientOrganisation}.`);
    return EXIT_OK;
  },
};

export function withExtension(file: string): string {
  return path.extname(file) === '' ? `${file}${WORKSPACE_EXTENSION}` : file;
}
