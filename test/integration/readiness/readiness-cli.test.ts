import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadinessReport } from '../../../src-main/api/schemas/readiness';
import { createSampleWorkspace } from '../../../src-main/core/sample/create-sample-workspace';
import { assertBuilt, runCli } from '../../helpers/cli';
import { folderState } from '../../helpers/file-state';
import { makeWorkspaceFile } from '../../helpers/workspace-fixtures';
import { useSharedTempDir } from '../registers/api-harness';

const today = '2026-11-22';

describe('clausebook readiness', () => {
  const sharedDir = useSharedTempDir();
  let sample: string;
  let empty: string;

  beforeAll(async () => {
    assertBuilt();
    sample = path.join(sharedDir(), 'harbourline.clausebook');
    const { workspace } = await createSampleWorkspace(sample, new Date(`${today}T09:30:00Z`));
    workspace.close();
    empty = await makeWorkspaceFile(sharedDir(), 'empty.clausebook');
  });

  it('prints the findings grouped by clause with severity, message and records, then a summary; exit 0', () => {
    const before = folderState(sharedDir());
    const result = runCli(['readiness', sample, '--date', today]);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      `Readiness of Harbourline Managed Services Ltd (harbourline.clausebook) on ${today}`,
    );
    const headings = lines.filter((line) => /^\d+\.\d/.test(line));
    expect(headings).toEqual([
      '8.2.3 Control of parties involved in the service lifecycle',
      '8.3.1 General',
      '8.3.3 Service level management',
      '8.3.4.1 Management of external suppliers',
      '8.3.4.2 Management of internal suppliers and customers acting as a supplier',
    ]);
    const vaultline = lines.findIndex((line) =>
      line.includes('SUP-007 Vaultline Secure Storage Ltd supports'),
    );
    expect(lines[vaultline]).toMatch(
      /^ {2}\[major\] {7}SUP-007 Vaultline Secure Storage Ltd supports live service/,
    );
    expect(lines[vaultline + 1]).toBe(
      `${' '.repeat(16)}rule supplier-without-contract; records SUP-007, SVC-005, AGR-022`,
    );
    expect(lines).toContain(
      `  [observation] TGT-001 Hosting availability (Resilient tier) in AGR-001 was breached in its latest measured ` +
        `period, 2026-10: 99.71% against a target of at least 99.95%.`,
    );
    expect(lines.at(-2)).toMatch(
      new RegExp(
        `^19 findings \\(2 major, 15 minor, 2 observations\\) in 5 of 8 clauses, from 18 checks on ${today}\\.$`,
      ),
    );
    // Read-only: the workspace file is left exactly as it was.
    expect(folderState(sharedDir())).toEqual(before);
  });

  it('prints the report as JSON with --json', () => {
    const result = runCli(['readiness', sample, '--json', '--date', today]);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const report = JSON.parse(result.stdout) as ReadinessReport;
    expect(report.today).toBe(today);
    expect(report.summary.total).toBe(report.findings.length);
    expect(
      report.findings.find((finding) => finding.ruleId === 'internal-supplier-without-agreement'),
    ).toEqual({
      ruleId: 'internal-supplier-without-agreement',
      clause: '8.3.4.2',
      itemId: '8.3.4.2-01',
      severity: 'major',
      title: 'Internal supplier without an agreed OLA',
      message:
        'SUP-012 Harbourline Group Platform Engineering is an internal supplier to live services ' +
        'SVC-004 Infrastructure Monitoring and Event Management and SVC-013 Patch and Vulnerability Management ' +
        'but has no agreed OLA or other agreement in force.',
      records: [
        expect.objectContaining({ register: 'suppliers', code: 'SUP-012' }),
        expect.objectContaining({ register: 'services', code: 'SVC-004' }),
        expect.objectContaining({ register: 'services', code: 'SVC-013' }),
      ],
    });
  });

  it('says so when there is nothing to report, still exit 0', () => {
    const result = runCli(['readiness', empty, '--date', today]);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(
      `Readiness of Fjordline Hosting AS (empty.clausebook) on ${today}\n\n` +
        `No findings from 18 checks on ${today}: the registers show none of the gaps these checks look for.\n`,
    );
  });

  it('explains itself with --help', () => {
    const result = runCli(['readiness', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: clausebook readiness <file> [--json] [--date YYYY-MM-DD]');
    expect(result.stdout).toContain('Exit 0 when the checks ran, whatever they found');
    expect(runCli(['--help']).stdout).toMatch(/^ {2}readiness +List the gaps the registers show/m);
  });

  it('exits 2 for wrong usage and for input it cannot read', () => {
    const badDate = runCli(['readiness', sample, '--date', '2026-02-30']);
    expect(badDate).toMatchObject({ status: 2, stdout: '' });
    expect(badDate.stderr).toContain(
      '--date must be a calendar date in the form YYYY-MM-DD, not "2026-02-30".',
    );
    expect(runCli(['readiness'])).toMatchObject({ status: 2, stdout: '' });
    expect(runCli(['readiness', sample, '--verbose'])).toMatchObject({ status: 2, stdout: '' });

    const missing = runCli(['readiness', path.join(sharedDir(), 'absent.clausebook')]);
    expect(missing).toMatchObject({ status: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^clausebook readiness: /);

    const notWorkspace = path.join(sharedDir(), 'notes.clausebook');
    writeFileSync(notWorkspace, 'meeting notes, not a workspace\n');
    expect(runCli(['readiness', notWorkspace])).toMatchObject({ status: 2, stdout: '' });
  });
});
