import type { ImportReport } from '../../api/schemas/import-export';
import { registerLabels, registerNames, type RegisterName } from '../../core/registers/register-names';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliIo, type Command } from '../command';

/** The register named on the command line, or a usage error listing the registers (also used by export). */
export function registerArgument(value: string | undefined): RegisterName {
  const register = registerNames.find((name) => name === value?.toLowerCase());
  if (!register) {
    throw new UsageError(`unknown register "${value ?? ''}"; use one of ${registerNames.join(', ')}.`);
  }
  return register;
}

export const registerHelp = `  <register>  one of ${registerNames.join(', ')}`;

/** How many planned changes a dry run lists before summing up the rest. */
const LISTED_CHANGES = 50;

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a CSV or XLSX file into a register, all or nothing.',
  usage: 'clausebook import <file> <register> <data.csv|.xlsx> [--dry-run] [--sheet NAME]',
  help: [
    '  <file>        the workspace to import into',
    registerHelp,
    '  <data>        the CSV (UTF-8, comma or semicolon) or XLSX file; columns as in docs/registers-columns.md',
    '  --dry-run     check every row and report what would change, without writing',
    '  --sheet NAME  the worksheet of an XLSX file to read (default: the first visible one)',
    '',
    'Rows are matched to records by Code (measurements by target and period start): a match is',
    'updated, any other row creates a record. If any row has a problem, nothing is written and every',
    'problem is listed, one per line (exit 1). A file that cannot be read at all exits 2.',
  ].join('\n'),
  options: { 'dry-run': { type: 'boolean' }, sheet: { type: 'string' } },
  positionals: ['<file>', '<register>', '<data>'],
  async run({ positionals, values }, runtime, io) {
    const [file = '', registerName, data = ''] = positionals;
    const register = registerArgument(registerName);
    const dryRun = values['dry-run'] === true;
    // A dry run only reads: an older workspace is not upgraded for it.
    await runtime.call('workspace.open', { path: file, upgrade: !dryRun });
    const report = await runtime.call('registers.importFile', {
      register,
      path: data,
      sheet: typeof values.sheet === 'string' ? values.sheet : null,
      dryRun,
    });
    return printReport(report, data, io);
  },
};

function printReport(report: ImportReport, data: string, io: CliIo): number {
  const unreadable = report.problems.find((problem) => problem.kind === 'file');
  if (unreadable) {
    io.err(`clausebook import: ${data}: ${unreadable.text}`);
    return EXIT_USAGE;
  }
  if (report.source) io.out(`Read ${data}: ${describeSource(report)}.`);
  for (const note of report.notes) io.out(`Note: ${note}`);
  const label = registerLabels[report.register];
  const { create, update, unchanged } = report.counts;
  if (report.problemCount > 0) {
    for (const problem of report.problems) io.err(problem.text);
    const more = report.problemCount - report.problems.length;
    if (more > 0) io.err(`… and ${more} more problem${more === 1 ? '' : 's'}.`);
    io.err(
      `Nothing was imported into ${label}: ${report.problemCount} problem${report.problemCount === 1 ? '' : 's'} to fix first.`,
    );
    return EXIT_FAILED;
  }
  if (report.dryRun) {
    for (const change of report.changes.slice(0, LISTED_CHANGES)) {
      io.out(`  ${change.action === 'create' ? 'create' : 'update'}  row ${change.row}  ${change.label}`);
    }
    const more = create + update - Math.min(report.changes.length, LISTED_CHANGES);
    if (more > 0) io.out(`  … and ${more} more.`);
    io.out(
      `Dry run, nothing written to ${label}: ${create} to create, ${update} to update, ${unchanged} unchanged.`,
    );
  } else {
    io.out(`Imported into ${label}: ${create} created, ${update} updated, ${unchanged} unchanged.`);
  }
  return EXIT_OK;
}

function describeSource(report: ImportReport): string {
  const rows = `${report.rowCount} row${report.rowCount === 1 ? '' : 's'}`;
  const source = report.source!;
  if (source.format === 'xlsx') return `Excel workbook, sheet "${source.sheet}", ${rows}`;
  const separator = source.delimiter === ';' ? 'semicolons' : 'commas';
  return `CSV, ${source.encoding}, separated by ${separator}, ${rows}`;
}
