import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLAUSE_LIBRARY_ID } from '../../../src-main/api/schemas/clause-library';
import { assessmentDetail } from '../../../src-main/core/assessment/assessment-detail';
import { libraryIndex } from '../../../src-main/core/assessment/library-index';
import { readEvidenceContent } from '../../../src-main/core/evidence/evidence-store';
import { createSampleWorkspace } from '../../../src-main/core/sample/create-sample-workspace';
import type { Workspace } from '../../../src-main/core/workspace/workspace';
import { useTempDir } from '../../helpers/temp-dir';

/**
 * The sample's checklist tells the same story as its registers: the items the registers show gaps
 * for are assessed as gaps, the evidence files open and are linked where the notes say, and the
 * findings cover each grade.
 */
describe('the sample workspace checklist', () => {
  const tempDir = useTempDir();
  let workspace: Workspace;
  const index = libraryIndex(DEFAULT_CLAUSE_LIBRARY_ID);

  beforeAll(async () => {
    ({ workspace } = await createSampleWorkspace(
      path.join(tempDir(), 'sample.clausebook'),
      new Date('2026-11-22T10:00:00Z'),
    ));
  });
  afterAll(() => workspace.close());

  const rows = <T>(sql: string) => workspace.db.prepare(sql).all() as T[];

  it('assesses items across every clause 4 to 9, each status used, the rest left to do', () => {
    const statuses = rows<{ status: string; n: number }>(
      'SELECT status, count(*) AS n FROM assessment GROUP BY status ORDER BY status',
    );
    expect(statuses.map((row) => row.status)).toEqual([
      'conforming',
      'nonconforming',
      'operated_by_other_party',
      'partially_conforming',
    ]);
    const clauses = rows<{ clause: string }>(
      "SELECT DISTINCT substr(item_id, 1, instr(item_id, '.') - 1) AS clause FROM assessment ORDER BY 0 + clause",
    );
    expect(clauses.map((row) => row.clause)).toEqual(['4', '5', '6', '7', '8', '9']);
    const assessed = rows<{ n: number }>('SELECT count(*) AS n FROM assessment')[0]!.n;
    expect(assessed).toBeLessThan(index.items.length / 2);
  });

  it('assesses the relationship items as the register gaps show them', () => {
    const status = (itemId: string) => assessmentDetail(workspace.db, index, itemId).status;
    expect(status('8.3.3-01')).toBe('nonconforming'); // live services without an SLA
    expect(status('8.3.4.1-04')).toBe('nonconforming'); // supplier reviews overdue
    const operated = assessmentDetail(workspace.db, index, '8.7.2-03');
    expect(operated.status).toBe('operated_by_other_party');
    expect(operated.operatedByAgreement?.code).toMatch(/^AGR-/);
  });

  it('links evidence files that open as what their names say', () => {
    const files = rows<{ id: string; file_name: string; media_type: string; sha256: string }>(
      'SELECT id, file_name, media_type, sha256 FROM evidence ORDER BY code',
    );
    expect(files.map((file) => file.media_type).sort()).toEqual([
      'application/pdf',
      'application/pdf',
      'image/png',
      'text/csv',
      'text/plain',
      'text/plain',
    ]);
    for (const file of files) {
      const { bytes } = readEvidenceContent(workspace.db, file.id);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      if (file.media_type === 'application/pdf') expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      if (file.media_type === 'image/png') expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    }
    const scope = assessmentDetail(workspace.db, index, '4.3-01');
    expect(scope.evidence.map((file) => file.fileName)).toEqual(['SMS scope statement v2.1.pdf']);
  });

  it('has one conforming item without evidence, which the checklist flags as weak', () => {
    const weak = rows<{ item_id: string }>(
      `SELECT a.item_id FROM assessment a WHERE a.status = 'conforming'
         AND NOT EXISTS (SELECT 1 FROM evidence_item e WHERE e.item_id = a.item_id)
         AND NOT EXISTS (SELECT 1 FROM assessment_record r WHERE r.assessment_id = a.id)`,
    );
    expect(weak.length).toBeGreaterThan(0);
    expect(assessmentDetail(workspace.db, index, weak[0]!.item_id).weakEvidence).toBe(true);
  });

  it('raises a finding of every grade, one nonconformity closed with its evidence', () => {
    const findings = rows<{ type: string; status: string; action_status: string; closure: number }>(
      `SELECT type, status, action_status,
         (SELECT count(*) FROM finding_closure_evidence c WHERE c.finding_id = f.id) AS closure
       FROM finding f ORDER BY code`,
    );
    expect(new Set(findings.map((finding) => finding.type))).toEqual(
      new Set(['major_nc', 'minor_nc', 'observation', 'opportunity']),
    );
    expect(findings.filter((finding) => finding.status === 'closed')).toEqual([
      { type: 'minor_nc', status: 'closed', action_status: 'verified', closure: 1 },
    ]);
  });
});
