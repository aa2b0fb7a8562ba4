import { beforeAll, describe, expect, it } from 'vitest';
import { findClauseLibrary } from '../../../src-main/core/clauses/clause-catalogue';
import { walkItems } from '../../../src-main/core/clauses/clause-tree';
import { assertBuilt, runCli } from '../../helpers/cli';

describe('clausebook clauses', () => {
  beforeAll(assertBuilt);

  it('prints the library as an indented tree of clauses and item summaries, within 100 columns', () => {
    const result = runCli(['clauses']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    const library = findClauseLibrary();
    const items = [...walkItems(library.clauses)];
    expect(lines.slice(0, 3)).toEqual([
      'ISO/IEC 20000-1:2018 service management system requirements',
      `ISO/IEC 20000-1:2018, library iso20000-1-2018 ${library.version} (en): 77 clauses, ${items.length} requirement items`,
      '',
    ]);
    expect(lines).toContain('8 Operation of the service management system');
    expect(lines).toContain('  8.3 Relationship and agreement');
    expect(lines).toContain('      8.3.4.1 Management of external suppliers');
    expect(lines).toContain('    8.6.3 Problem management');
    expect(lines).toContain(
      '    4.3-03  No requirement of clauses 4 to 10 is excluded; processes run by other parties stay',
    );
    expect(lines).toContain('            inside the scope and under control.');
    const supplierItems = items.filter(({ clause }) => clause.number === '8.3.4.1');
    expect(lines.filter((line) => /^ {8}8\.3\.4\.1-\d{2} {2}\S/.test(line))).toHaveLength(
      supplierItems.length,
    );
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('prints the whole library as JSON with --json', () => {
    const result = runCli(['clauses', '--json']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const printed = JSON.parse(result.stdout) as unknown;
    expect(printed).toEqual(findClauseLibrary());
    const items = [...walkItems(findClauseLibrary().clauses)];
    expect(result.stdout).toContain(`"id": "${items[items.length - 1]?.item.id}"`);
  });

  it('takes the library by id, and refuses an unknown one with exit code 2', () => {
    const named = runCli(['clauses', '--library', 'iso20000-1-2018', '--json']);
    expect(named.status).toBe(0);
    expect(JSON.parse(named.stdout)).toMatchObject({ id: 'iso20000-1-2018' });

    const unknown = runCli(['clauses', '--library', 'iso27001-2022']);
    expect(unknown).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'clausebook clauses: There is no clause library "iso27001-2022". Available: iso20000-1-2018.\n',
    });
  });

  it('explains itself with --help and is listed in the overview', () => {
    const help = runCli(['clauses', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: clausebook clauses [--json] [--library ID]');
    expect(runCli(['--help']).stdout).toMatch(/^ {2}clauses +Print a clause library/m);
  });

  it('exits 2 with one line on stderr for usage errors', () => {
    for (const args of [
      ['clauses', 'extra'],
      ['clauses', '--colour'],
      ['clauses', '--library'],
    ]) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
