import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadinessReport } from '../../../src-main/api/schemas/readiness';
import { runReadiness } from '../../../src-main/core/readiness/run-readiness';
import { createSampleWorkspace } from '../../../src-main/core/sample/create-sample-workspace';
import type { Workspace } from '../../../src-main/core/workspace/workspace';
import { useSharedTempDir } from '../registers/api-harness';

/**
 * The gaps the sample workspace was built with, by rule: the records each finding is about
 * (its first record). Codes are stable because the sample creates its records in a fixed order.
 */
const expectedGaps: Record<string, string[]> = {
  // Group Platform Engineering (internal, no OLA) runs parts of Monitoring and Patching; Vaultline's
  // contract has expired while it still holds the backup tapes.
  'component-operated-without-agreement': ['SVC-004', 'SVC-005', 'SVC-013'],
  // Northmoor's and Larchmere's SLAs and Polderpoort's contract are past their review dates.
  'agreement-review-overdue': ['AGR-002', 'AGR-007', 'AGR-017'],
  // Group Finance's ERP storage figure has no threshold.
  'target-not-measurable': ['TGT-035'],
  // Larchmere's OLA target has never been reported.
  'target-not-measured': ['TGT-041'],
  // Northmoor's priority 2 resolution: breached in five of the last six months.
  'target-breached-repeatedly': ['TGT-007'],
  // Calderbrook's hosting availability: breached in the latest month only.
  'target-breached-latest': ['TGT-001'],
  // Vaultline: expired contract, still a supplier of Backup and Recovery, review overdue.
  'supplier-without-contract': ['SUP-007'],
  'contract-expired': ['AGR-022'],
  'supplier-review-overdue': ['SUP-002', 'SUP-004', 'SUP-007'],
  // Mossgate's maintenance contract ends within 60 days, its notice date passed.
  'contract-ending-soon': ['AGR-020'],
  // Group Platform Engineering: no OLA, never reviewed; Group Facilities' review is overdue.
  'internal-supplier-without-agreement': ['SUP-012'],
  'internal-supplier-review-overdue': ['SUP-011', 'SUP-012'],
};

function gapsOf(report: ReadinessReport): Record<string, string[]> {
  const gaps: Record<string, string[]> = {};
  for (const finding of report.findings) {
    (gaps[finding.ruleId] ??= []).push(finding.records[0]!.code);
  }
  return gaps;
}

/** Sample workspaces made on days that fall differently on month, quarter and year ends. */
const days = ['2026-11-22', '2026-03-10', '2026-12-31', '2028-02-29'];

describe('readiness of the sample workspace', () => {
  const sharedDir = useSharedTempDir();
  const workspaces = new Map<string, Workspace>();

  beforeAll(async () => {
    for (const day of days) {
      const file = path.join(sharedDir(), `sample-${day}.clausebook`);
      const { workspace } = await createSampleWorkspace(file, new Date(`${day}T09:30:00Z`));
      workspaces.set(day, workspace);
    }
  });
  afterAll(() => {
    for (const workspace of workspaces.values()) workspace.close();
  });

  it.each(days)('lists exactly the gaps it was built with (made and judged on %s)', (day) => {
    const report = runReadiness(workspaces.get(day)!.db, day);
    expect(gapsOf(report)).toEqual(expectedGaps);
  });

  it('tells the story of each gap with the records concerned', () => {
    const report = runReadiness(workspaces.get('2026-11-22')!.db, '2026-11-22');
    const find = (ruleId: string, code: string) =>
      report.findings.find((finding) => finding.ruleId === ruleId && finding.records[0]?.code === code)!;

    expect(find('internal-supplier-without-agreement', 'SUP-012')).toMatchObject({
      clause: '8.3.4.2',
      severity: 'major',
      message: expect.stringContaining(
        'SUP-012 Harbourline Group Platform Engineering is an internal supplier',
      ),
    });
    expect(find('internal-supplier-without-agreement', 'SUP-012').records.map((r) => r.code)).toEqual([
      'SUP-012',
      'SVC-004',
      'SVC-013',
    ]);
    expect(find('internal-supplier-review-overdue', 'SUP-012').message).toContain(
      'has never been reviewed and no review is planned',
    );
    expect(find('supplier-without-contract', 'SUP-007').message).toBe(
      'SUP-007 Vaultline Secure Storage Ltd supports live service SVC-005 Backup and Recovery but has no contract ' +
        'in force: its latest contract, AGR-022, expired on 2026-10-08.',
    );
    expect(find('contract-ending-soon', 'AGR-020').message).toContain('ends on 2026-12-30, in 38 days');
    expect(find('target-breached-repeatedly', 'TGT-007').message).toContain('breached in 5 of its last 6');
    expect(find('target-breached-latest', 'TGT-001').message).toContain(
      '2026-10: 99.71% against a target of at least 99.95%',
    );
    expect(find('target-not-measured', 'TGT-041').message).toContain('it has never been measured');
    expect(report.summary.bySeverity).toEqual({
      major: report.findings.filter((finding) => finding.severity === 'major').length,
      minor: report.findings.filter((finding) => finding.severity === 'minor').length,
      observation: report.findings.filter((finding) => finding.severity === 'observation').length,
    });
  });
});
