import path from 'node:path';
import { formatOfFileName } from '../../core/import-export/export/export-register';
import { registerLabels } from '../../core/registers/register-names';
import { EXIT_OK, UsageError, type Command } from '../command';
import { formatBytes } from '../format';
import { registerArgument, registerHelp } from './import-command';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export a register to a new CSV or XLSX file, with the columns an import reads.',
  usage: 'clausebook export <file> <register> <out.csv|.xlsx>',
  help: [
    '  <file>        the workspace to export from',
    registerHelp,
    '  <out>         the file to write; .csv (UTF-8 with BOM, comma, CRLF) or .xlsx; never overwritten',
  ].join('\n'),
  options: {},
  positionals: ['<file>', '<register>', '<out>'],
  async run({ positionals }, runtime, io) {
    const [file = '', registerName, out = ''] = positionals;
    const register = registerArgument(registerName);
    const format = formatOfFileName(out);
    if (!format)
      throw new UsageError(`the output file must end in .csv or .xlsx, not "${path.basename(out)}".`);
    await runtime.call('workspace.open', { path: file, upgrade: false });
    const result = await runtime.call('registers.exportFile', { register, path: out, format });
    const records = `${result.rowCount} ${result.rowCount === 1 ? 'row' : 'rows'} of ${registerLabels[register]}`;
    io.out(`Exported ${records} to ${result.path} (${formatBytes(result.sizeBytes)}).`);
    return EXIT_OK;
  },
};
