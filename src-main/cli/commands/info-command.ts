import { EXIT_OK, type Command } from '../command';
import { formatSummary } from '../format';

export const infoCommand: Command = {
  name: 'info',
  summary: 'Show the schema version, engagement and record counts of a workspace.',
  usage: 'clausebook info <file> [--json]',
  help: ['  <file>  the workspace to describe', '  --json  print the summary as JSON'].join('\n'),
  options: { json: { type: 'boolean' } },
  positionals: ['<file>'],
  async run({ positionals, values }, runtime, io) {
    const summary = await runtime.call('workspace.open', { path: positionals[0] ?? '', upgrade: false });
    if (values.json) io.out(JSON.stringify(summary, null, 2));
    else for (const line of formatSummary(summary)) io.out(line);
    return EXIT_OK;
  },
};
