import type { Content } from 'pdfmake/interfaces';
import type {
  PackClause,
  PackData,
  PackEvidenceFile,
  PackItem,
  PackRegisters,
} from '../../../../src-main/core/packs/document/pack-data';
import type { PackMetaInput } from '../../../../src-main/core/packs/document/pack-meta';

/** A small pack's data, built by hand: what collectPackData would return for a tiny workspace. */
export const sha = (digit: string) => digit.repeat(64);

export function evidenceFile(
  code: string,
  fileName: string,
  overrides: Partial<PackEvidenceFile> = {},
): PackEvidenceFile {
  return {
    code,
    fileName,
    mediaType: 'application/pdf',
    description: '',
    effectiveDate: '2026-03-31',
    sizeBytes: 2048,
    sha256: sha('a'),
    addedAt: '2026-04-02T09:00:00.000Z',
    attachmentName: `${code} ${fileName}`,
    ...overrides,
  };
}

export function item(id: string, summary: string, overrides: Partial<PackItem> = {}): PackItem {
  return {
    id,
    summary,
    status: 'not_assessed',
    clientNotes: '',
    internalNotes: null,
    owner: '',
    dueDate: null,
    interviewees: [],
    operatedBy: null,
    evidence: [],
    citedRecords: [],
    findings: [],
    ...overrides,
  };
}

const zeroCounts = () => ({
  not_assessed: 0,
  conforming: 0,
  partially_conforming: 0,
  nonconforming: 0,
  operated_by_other_party: 0,
});

export function packData(overrides: Partial<PackData> = {}): PackData {
  const minutes = evidenceFile('EVD-001', 'Supplier review minutes.pdf', { sha256: sha('b') });
  const clauses: PackClause[] = [
    {
      number: '4',
      title: 'Context of the organization',
      items: [],
      clauses: [
        {
          number: '4.1',
          title: 'Understanding the organization and its context',
          items: [
            item('4.1-01', 'Management knows the issues that shape the service business.', {
              status: 'conforming',
              clientNotes: 'Context analysis reviewed in March.',
              owner: 'Dana Whitfield',
              dueDate: '2027-01-05',
              evidence: [minutes],
            }),
            item('4.1-02', 'The issues are kept current.'),
          ],
          clauses: [],
        },
      ],
    },
  ];
  return {
    today: '2026-11-22',
    options: { clauses: ['4'], includeInternalNotes: false, embedEvidence: true },
    engagement: {
      clientOrganisation: 'Fjordline Hosting AS',
      scopeStatement: 'Managed hosting for external customers.',
      auditType: 'stage2',
      plannedAuditDate: '2027-01-08',
      consultantName: 'Ana Costa',
    },
    library: {
      id: 'iso20000-1-2018',
      title: 'ISO/IEC 20000-1:2018',
      version: '1.0.0',
      standard: 'ISO/IEC 20000-1:2018',
    },
    clauses,
    progress: {
      clauses: [
        {
          number: '4',
          title: 'Context of the organization',
          total: 2,
          counts: { ...zeroCounts(), conforming: 1, not_assessed: 1 },
        },
      ],
      overall: {
        number: '',
        title: 'All included clauses',
        total: 2,
        counts: { ...zeroCounts(), conforming: 1, not_assessed: 1 },
      },
    },
    findings: [],
    openFindingsByType: { major_nc: 0, minor_nc: 0, observation: 0, opportunity: 0 },
    readiness: { rulesRun: 0, findings: [], total: 0, byRule: [] },
    registers: printedRegisters({}),
    evidence: [minutes],
    changeLog: { entries: 12, headHash: sha('c') },
    ...overrides,
  };
}

/** Registers small enough to be printed whole, holding the given records and no attached files. */
export function printedRegisters(
  records: Partial<
    Pick<PackRegisters, 'services' | 'customers' | 'suppliers' | 'agreements' | 'reviewSchedule'>
  >,
): PackRegisters {
  const registers = {
    services: [],
    customers: [],
    suppliers: [],
    agreements: [],
    reviewSchedule: [],
    ...records,
  };
  return {
    ...registers,
    counts: {
      services: registers.services.length,
      customers: registers.customers.length,
      suppliers: registers.suppliers.length,
      agreements: registers.agreements.length,
      targets: registers.agreements.reduce((sum, agreement) => sum + agreement.targets.length, 0),
      reviewSchedule: registers.reviewSchedule.length,
    },
    printedInFull: {
      services: true,
      customers: true,
      suppliers: true,
      agreements: true,
      reviewSchedule: true,
    },
    exceptions: {
      endingAgreements: { rows: [], total: 0 },
      missedTargets: { rows: [], total: 0 },
      overdueReviews: { rows: [], total: 0 },
    },
    files: [],
  };
}

export const meta: PackMetaInput = {
  packId: 'PK-TEST-0001',
  generatedAt: '2026-11-22T14:05:00.000Z',
  signer: {
    name: 'Ana Costa',
    organisation: 'Costa Audit Readiness',
    email: 'ana@costa.example',
    fingerprintSha256: '3A'.repeat(32),
  },
};

/** Every piece of text in a part of a definition, in order, for asserting what a reader would see. */
export function textsOf(content: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') found.push(node);
    else if (typeof node === 'number') found.push(String(node));
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of ['text', 'stack', 'columns', 'table', 'body', 'ul', 'ol', 'toc', 'title']) {
        if (key in record) visit(record[key]);
      }
    }
  };
  visit(content);
  return found;
}

/** All text of a part of a definition as one string, white space collapsed. */
export function plainText(content: unknown): string {
  return textsOf(content).join(' ').replace(/\s+/g, ' ');
}

/** Every node of a definition (objects only), depth first, for finding ids, links and charts. */
export function nodesOf(content: Content | Content[] | unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      found.push(record);
      for (const key of ['text', 'stack', 'columns', 'table', 'body']) if (key in record) visit(record[key]);
    }
  };
  visit(content);
  return found;
}
