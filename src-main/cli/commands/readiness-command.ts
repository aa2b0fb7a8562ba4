import type { ReadinessFinding, ReadinessReport } from '../../api/schemas/readiness';
import { walkClauses } from '../../core/clauses/clause-tree';
import { isCalendarDate } from '../../core/readiness/calendar-days';
import { CliFailure, type CliRuntime } from '../cli-runtime';
import { EXIT_OK, UsageError, type Command } from '../command';

const SEVERITY_WIDTH = '[observation]'.length;

export const readinessCommand: Command = {
  name: 'readiness',
  summary: 'List the gaps the registers show against ISO/IEC 20000-1:2018, by clause and severity.',
  usage: 'clausebook readiness <file> [--json] [--date YYYY-MM-DD]',
  help: [
    '  <file>             the workspace to check (opened read-only; never upgraded or changed)',
    '  --json             print the report as JSON: the date, the rules, the findings and the counts',
    '  --date YYYY-MM-DD  judge the registers as on this day (default: today, UTC), for reproducible results',
    '',
    'Each finding names its rule, clause, severity (major, minor, observation), what is wrong and the',
    'records concerned. Exit 0 when the checks ran, whatever they found: findings are information for',
    'the consultant, not a failure of the command. Exit 2 when the file cannot be read or the usage is wrong.',
  ].join('\n'),
  options: { json: { type: 'boolean' }, date: { type: 'string' } },
  positionals: ['<file>'],
  async run({ positionals, values }, runtime, io) {
    const date = values.date;
    if (typeof date === 'string' && !isCalendarDate(date)) {
      throw new UsageError(`--date must be a calendar date in the form YYYY-MM-DD, not "${date}".`);
    }
    const opened = await runtime.call('workspace.open', { path: positionals[0] ?? '', upgrade: false });
    const report = await runtime.call('readiness.run', typeof date === 'string' ? { today: date } : {});
    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
      return EXIT_OK;
    }
    const titles = await clauseTitles(runtime);
    io.out(`Readiness of ${opened.engagement.clientOrganisation} (${opened.fileName}) on ${report.today}`);
    for (const [clause, findings] of byClause(report.findings)) {
      const title = titles.get(clause);
      io.out('');
      io.out(title === undefined ? clause : `${clause} ${title}`);
      for (const finding of findings) for (const line of formatFinding(finding)) io.out(line);
    }
    io.out('');
    io.out(summaryLine(report));
    return EXIT_OK;
  },
};

/** Clause titles from the shipped library; without it the clauses are shown by number alone. */
async function clauseTitles(runtime: CliRuntime): Promise<Map<string, string>> {
  try {
    const library = await runtime.call('clauses.library', {});
    return new Map([...walkClauses(library.clauses)].map(({ clause }) => [clause.number, clause.title]));
  } catch (error) {
    if (error instanceof CliFailure) return new Map();
    throw error;
  }
}

/** The findings grouped by clause, in the report's (clause) order. */
function byClause(findings: readonly ReadinessFinding[]): Map<string, ReadinessFinding[]> {
  const groups = new Map<string, ReadinessFinding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.clause) ?? [];
    group.push(finding);
    groups.set(finding.clause, group);
  }
  return groups;
}

/** Two lines: the severity and message, then the rule and the codes of the records concerned. */
function formatFinding(finding: ReadinessFinding): string[] {
  const indent = '  ';
  const label = `[${finding.severity}]`.padEnd(SEVERITY_WIDTH);
  const codes = finding.records.map((record) => record.code).join(', ');
  return [
    `${indent}${label} ${finding.message}`,
    `${indent}${' '.repeat(SEVERITY_WIDTH)} rule ${finding.ruleId}; records ${codes}`,
  ];
}

function summaryLine({ today, rules, summary }: ReadinessReport): string {
  const checks = `${rules.length} checks`;
  if (summary.total === 0) {
    return `No findings from ${checks} on ${today}: the registers show none of the gaps these checks look for.`;
  }
  const { major, minor, observation } = summary.bySeverity;
  const clauses = summary.byClause.filter((clause) => clause.total > 0).length;
  const counts = `${major} major, ${minor} minor, ${observation} ${observation === 1 ? 'observation' : 'observations'}`;
  return (
    `${summary.total} ${summary.total === 1 ? 'finding' : 'findings'} (${counts}) in ${clauses} of ` +
    `${summary.byClause.length} clauses, from ${checks} on ${today}.`
  );
}
