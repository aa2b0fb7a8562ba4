import { EXIT_OK, type Command } from '../command';
import { withExtension } from './new-command';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Write the sample workspace: a fictional managed-service provider to explore.',
  usage: 'clausebook demo <file>',
  help: '  <file>  where to write the sample workspace; never overwritten',
  options: {},
  positionals: ['<file>'],
  async run({ positionals }, runtime, io) {
    const summary = await runtime.call('workspace.createSample', {
      path: withExtension(positionals[0] ?? ''),
    });
    io.out(
      `Wrote the sample workspace for ${summary.engagement.clientOrganisation} to ${summary.path ?? summary.fileName}.`,
    );
    return EXIT_OK;
  },
};
