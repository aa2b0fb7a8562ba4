import type { Content, DynamicContent } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { buildPackDefinition } from '../../../../src-main/core/packs/document/definition/build-pack-definition';
import { coverPage } from '../../../../src-main/core/packs/document/definition/cover';
import { findingsSection } from '../../../../src-main/core/packs/document/definition/findings-section';
import { manifestSection } from '../../../../src-main/core/packs/document/definition/manifest-section';
import { registerSections } from '../../../../src-main/core/packs/document/definition/register-sections';
import { summarySection } from '../../../../src-main/core/packs/document/definition/summary-section';
import { clauseSections } from '../../../../src-main/core/packs/document/definition/clause-sections';
import { parsePackMeta } from '../../../../src-main/core/packs/document/pack-meta';
import type { PackData, PackFinding } from '../../../../src-main/core/packs/document/pack-data';
import {
  evidenceFile,
  item,
  meta,
  nodesOf,
  packData,
  plainText,
  printedRegisters,
  sha,
} from './pack-data-fixture';

const pageSize = { width: 595.28, height: 841.89, orientation: 'portrait' as const };

function dynamic(content: unknown, page: number, pages: number): Content | null | undefined {
  return (content as DynamicContent)(page, pages, pageSize);
}

describe('the pack definition', () => {
  it('is a pure function of the data: the same input gives the same document', () => {
    const data = packData();
    const first = buildPackDefinition(data, meta);
    const second = buildPackDefinition(data, meta);
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    expect(first.info).toMatchObject({
      title: 'Evidence pack — Fjordline Hosting AS',
      author: 'Ana Costa, Costa Audit Readiness',
      creator: 'Clausebook',
    });
    expect(first.pageSize).toBe('A4');
  });

  it('runs a header with the client and pack id on every page but the cover, and "Page X of Y" on all', () => {
    const definition = buildPackDefinition(packData(), meta);
    expect(dynamic(definition.header, 1, 9)).toBeNull();
    expect(plainText(dynamic(definition.header, 2, 9))).toContain('Fjordline Hosting AS');
    expect(plainText(dynamic(definition.header, 2, 9))).toContain('Evidence pack PK-TEST-0001');
    expect(plainText(dynamic(definition.footer, 1, 9))).toContain('Page 1 of 9');
    expect(plainText(dynamic(definition.footer, 7, 9))).toContain('Page 7 of 9');
  });

  it('has contents with page numbers, fed by every section and clause heading', () => {
    const definition = buildPackDefinition(packData(), meta);
    const nodes = nodesOf(definition.content);
    expect(nodes.some((node) => 'toc' in node)).toBe(true);
    const entries = nodes.filter((node) => node.tocItem === true).map((node) => node.text);
    expect(entries).toEqual([
      'Summary',
      '4  Context of the organization',
      '4.1  Understanding the organization and its context',
      'Findings and corrective actions',
      'Register extracts',
      'Evidence manifest',
    ]);
    // Every link in the document leads to something that exists.
    const ids = new Set(nodes.map((node) => node.id).filter(Boolean));
    for (const node of nodes.filter((candidate) => typeof candidate.linkToDestination === 'string')) {
      expect(ids.has(node.linkToDestination)).toBe(true);
    }
  });

  it('refuses pack details that cannot be shown truthfully, naming the problem', () => {
    expect(() =>
      buildPackDefinition(packData(), { ...meta, signer: { ...meta.signer, fingerprintSha256: 'abc' } }),
    ).toThrow('The certificate fingerprint must be a SHA-256');
    expect(() => buildPackDefinition(packData(), { ...meta, generatedAt: 'yesterday' })).toThrow('ISO 8601');
  });
});

describe('the cover', () => {
  it('says whose pack it is, for which audit, who prepared it and how to check the signature', () => {
    const text = plainText(coverPage(packData(), parsePackMeta(meta)));
    for (const expected of [
      'Fjordline Hosting AS',
      'Managed hosting for external customers.',
      'Initial certification, stage 2',
      '8 January 2027',
      'Ana Costa',
      'Costa Audit Readiness · ana@costa.example',
      'PK-TEST-0001',
      '22 Nov 2026, 14:05 UTC',
      'Clause 4 only; the others are left out',
      'Not included',
      `${'3A:'.repeat(15)}3A`,
      'To check this pack,',
      'clausebook verify',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('says so when no audit date or scope has been recorded yet', () => {
    const data = packData();
    const text = plainText(
      coverPage(
        { ...data, engagement: { ...data.engagement, plannedAuditDate: null, scopeStatement: ' ' } },
        parsePackMeta(meta),
      ),
    );
    expect(text).toContain('Not yet planned');
    expect(text).toContain('No scope statement has been recorded for this engagement.');
  });
});

describe('the summary', () => {
  it('charts each included clause and counts the items by status', () => {
    const content = summarySection(packData());
    const text = plainText(content);
    expect(text).toContain('1 of 2 requirement items');
    expect(text).toContain('4 Context of the organization');
    expect(text).toContain('1 of 2 assessed');
    expect(nodesOf(content).filter((node) => typeof node.svg === 'string')).toHaveLength(1);
  });

  it('puts empty states into words', () => {
    const text = plainText(summarySection(packData()));
    expect(text).toContain('No findings recorded.');
    expect(text).toContain(
      'The readiness checks concern clauses this pack leaves out, so none are reported.',
    );
    const checked = plainText(
      summarySection(packData({ readiness: { rulesRun: 18, findings: [], total: 0, byRule: [] } })),
    );
    expect(checked).toContain('18 checks ran over the registers');
    expect(checked).toContain('The readiness checks found nothing to report.');
  });

  it('lists the readiness results with rule, clause, severity and message', () => {
    const text = plainText(
      summarySection(
        packData({
          readiness: {
            rulesRun: 18,
            findings: [
              {
                ruleId: 'service-without-sla',
                clause: '8.3.3',
                itemId: '8.3.3-01',
                severity: 'major',
                title: 'Live service without an SLA',
                message:
                  'SVC-021 Managed Backup is delivered to customers without an SLA in force since 2026-10-08.',
                records: [],
              },
            ],
            total: 1,
            byRule: [],
          },
        }),
      ),
    );
    for (const expected of [
      '8.3.3',
      'Major',
      'Live service without an SLA',
      'service-without-sla',
      // Dates in the checks' messages are written as everywhere else in the pack.
      'SVC-021 Managed Backup is delivered to customers without an SLA in force since 8 Oct 2026.',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('a clause section', () => {
  it('shows each item with status, notes, owner, due date and evidence linked to its manifest row', () => {
    const content = clauseSections(packData());
    const text = plainText(content);
    for (const expected of [
      '4 Context of the organization',
      '4.1 Understanding the organization and its context',
      '4.1-01',
      'Conforming',
      'Context analysis reviewed in March.',
      'Owner: Dana Whitfield · Due 5 Jan 2027',
      'EVD-001',
      'Supplier review minutes.pdf',
      '31 Mar 2026',
      'b'.repeat(32),
      'Not assessed',
    ]) {
      expect(text).toContain(expected);
    }
    const links = nodesOf(content).filter((node) => node.linkToDestination === 'evidence-EVD-001');
    expect(links.length).toBeGreaterThan(0);
    expect(nodesOf(manifestSection(packData())).some((node) => node.id === 'evidence-EVD-001')).toBe(true);
  });

  it('leaves internal notes out unless they were chosen, and labels them when they are in', () => {
    const withNote = (internalNotes: string | null): PackData => {
      const data = packData();
      const clause = data.clauses[0]!.clauses[0]!;
      return {
        ...data,
        clauses: [
          {
            ...data.clauses[0]!,
            clauses: [{ ...clause, items: [item('4.1-01', 'Summary', { internalNotes })] }],
          },
        ],
      };
    };
    expect(plainText(clauseSections(withNote(null)))).not.toContain('INTERNAL NOTE');
    expect(plainText(clauseSections(withNote('')))).not.toContain('INTERNAL NOTE');
    const shown = plainText(clauseSections(withNote('Ask the COO about the move.')));
    expect(shown).toContain('INTERNAL NOTE');
    expect(shown).toContain('Ask the COO about the move.');
  });

  it('names the agreement that controls an item another party operates, and the records it cites', () => {
    const data = packData();
    const clause = data.clauses[0]!.clauses[0]!;
    const operated = item('4.1-01', 'Summary', {
      status: 'operated_by_other_party',
      operatedBy: { register: 'agreements', code: 'AGR-004', name: 'Colocation contract', date: null },
      citedRecords: [
        { register: 'suppliers', code: 'SUP-001', name: 'Ironbridge', date: null },
        { register: 'reviews', code: 'REV-003', name: 'Supplier review', date: '2026-03-03' },
      ],
    });
    const text = plainText(
      clauseSections({
        ...data,
        clauses: [{ ...data.clauses[0]!, clauses: [{ ...clause, items: [operated] }] }],
      }),
    );
    expect(text).toContain('Operated by another party under AGR-004 Colocation contract');
    expect(text).toContain('SUP-001 Ironbridge; REV-003 Supplier review, 3 Mar 2026');
  });
});

describe('findings, registers and the manifest', () => {
  const finding: PackFinding = {
    code: 'FND-001',
    type: 'minor_nc',
    title: 'Supplier reviews overdue',
    status: 'open',
    description: 'Two suppliers were not reviewed.',
    raisedOn: '2026-11-08',
    items: [{ id: '8.3.4.1-04', summary: 'Supplier performance is monitored.' }],
    records: [{ register: 'suppliers', code: 'SUP-008', name: 'Kittiwake Logistics', date: null }],
    correctiveAction: {
      description: 'Hold the reviews.',
      owner: 'Ravi Chandran',
      dueDate: '2027-01-06',
      status: 'in_progress',
      closureEvidence: [],
    },
  };

  it('sets out findings with their corrective actions, or says there are none', () => {
    expect(plainText(findingsSection(packData()))).toContain('No findings recorded.');
    const text = plainText(findingsSection(packData({ findings: [finding] })));
    for (const expected of [
      'FND-001',
      'MINOR NONCONFORMITY',
      'Supplier reviews overdue',
      '8.3.4.1-04 Supplier performance is monitored.',
      'SUP-008 Kittiwake Logistics',
      'Hold the reviews.',
      'Owner: Ravi Chandran · due 6 Jan 2027',
      'In progress',
      'Open',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('puts empty registers into words', () => {
    const text = plainText(registerSections(packData()));
    for (const expected of [
      'No services recorded.',
      'No customers recorded.',
      'No suppliers recorded.',
      'No agreements recorded.',
      'No agreements in force and no suppliers to review.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('shows each target with its promise, latest result and a trend chart, or says it was not measured', () => {
    const content = registerSections(
      packData({
        registers: printedRegisters({
          agreements: [
            {
              code: 'AGR-001',
              title: 'Hosting SLA',
              type: 'sla',
              status: 'agreed',
              counterparty: { code: 'CUS-001', name: 'Northwind' },
              startDate: '2026-01-01',
              endDate: null,
              targets: [
                {
                  code: 'TGT-001',
                  name: 'Availability',
                  serviceName: 'Managed Hosting',
                  metric: 'availability',
                  comparison: '>=',
                  threshold: 99.9,
                  unit: '%',
                  period: 'monthly',
                  trend: [
                    { periodStart: '2026-09-01', value: 99.95, met: true },
                    { periodStart: '2026-10-01', value: 99.5, met: false },
                  ],
                },
                {
                  code: 'TGT-002',
                  name: 'Response',
                  serviceName: null,
                  metric: 'response_time',
                  comparison: null,
                  threshold: null,
                  unit: '',
                  period: null,
                  trend: [],
                },
              ],
            },
            {
              code: 'AGR-002',
              title: 'Colocation contract',
              type: 'contract',
              status: 'draft',
              counterparty: null,
              startDate: null,
              endDate: null,
              targets: [],
            },
          ],
        }),
      }),
    );
    const text = plainText(content);
    for (const expected of [
      'AGR-001',
      'Hosting SLA',
      'with CUS-001 Northwind',
      '1 Jan 2026 – open end',
      'at least 99.9%, monthly',
      '99.5%',
      'Oct 2026',
      'Missed',
      'No measurable threshold set',
      'Not measured',
      'No data',
      'No service level targets recorded for this agreement.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(nodesOf(content).filter((node) => typeof node.svg === 'string')).toHaveLength(1);
  });

  it('lists every file of the manifest with its size and hash, and says whether the files are attached', () => {
    const files = [
      evidenceFile('EVD-001', 'minutes.pdf', { sha256: sha('d'), sizeBytes: 1_234_567 }),
      evidenceFile('EVD-002', 'chart.png', { sha256: sha('e'), sizeBytes: 900 }),
    ];
    const attached = plainText(manifestSection(packData({ evidence: files })));
    for (const expected of [
      '2 evidence files',
      'are attached',
      'EVD-001',
      '1.2 MB',
      '1,234,567 bytes',
      '900 bytes',
      'd'.repeat(32),
      'Attachment: EVD-002 chart.png',
      'clausebook-manifest.json',
    ]) {
      expect(attached).toContain(expected);
    }
    const data = packData({ evidence: files });
    const listed = plainText(
      manifestSection({ ...data, options: { ...data.options, embedEvidence: false } }),
    );
    expect(listed).toContain('listed here but not attached');
    expect(plainText(manifestSection(packData({ evidence: [] })))).toContain('No evidence files recorded.');
  });
});
