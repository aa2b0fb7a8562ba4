import path from 'node:path';
import type { MethodInput, MethodName } from '../../../../src-main/api/contract';

/** What the valid inputs refer to: records of the sample workspace and files beside it. */
export interface FuzzFacts {
  /** The folder every path of a `local` method stays inside. */
  files: string;
  workspaceFile: string;
  /** A signed pack of the sample, in its packs folder. */
  packFile: string;
  packBase64: string;
  ids: {
    service: string;
    customer: string;
    /** An external supplier. */
    supplier: string;
    /** An SLA with a customer. */
    agreement: string;
    target: string;
    review: string;
    measurement: string;
    evidence: string;
    finding: string;
    /** The pack in the workspace's history. */
    packExport: string;
    /** A backup of the workspace in the user data folder. */
    backup: string;
    /** The pack verified last in this API instance. */
    verification: string;
  };
  /** A requirement item of ISO/IEC 20000-1:2018 that the sample assessed. */
  itemId: string;
  /** A backup file among the files, for a restore from a path. */
  backupFile: string;
  /** A signing identity kept in the user data folder, and its passphrase. */
  fingerprint: string;
  passphrase: string;
  /** The same identity as a PKCS#12 file's content. */
  p12Base64: string;
  /** The sample's services as the CSV that registers.export writes. */
  servicesCsvBase64: string;
}

type ValidInputs = { [M in MethodName]: (facts: FuzzFacts) => MethodInput<M> };

const DAY = '2026-03-02';
const base64 = (text: string) => Buffer.from(text).toString('base64');

const list = {
  search: 'a',
  filters: {},
  sort: { by: 'code', direction: 'desc' },
  offset: 0,
  limit: 10,
  today: DAY,
} as const;

const service = (facts: FuzzFacts) => ({
  name: 'Fuzzed backup service',
  description: 'Nightly backups of customer systems.',
  owner: 'Ana Costa',
  lifecycle: 'live' as const,
  criticality: 'high' as const,
  customerIds: [facts.ids.customer],
  dependsOnIds: [facts.ids.service],
  components: [
    { name: 'Backup storage', type: 'storage', owner: 'Ops', operatedBySupplierId: facts.ids.supplier },
  ],
  catalogue: { inCatalogue: true, offerings: 'Daily backups', visibility: 'customers' as const },
});

const customer = () => ({
  name: 'Fuzzed Retail Ltd',
  kind: 'external' as const,
  relationshipManager: 'Ana Costa',
  contacts: [{ name: 'Bo Lind', role: 'IT lead', email: 'bo@example.com', phone: '+44 20 0000 0000' }],
  satisfaction: [{ measuredOn: '2026-01-15', score: 4.2, comment: 'Good' }],
  complaints: [{ receivedOn: '2026-01-10', description: 'Slow tickets', status: 'open' as const }],
});

const supplier = (facts: FuzzFacts) => ({
  name: 'Fuzzed Hosting GmbH',
  kind: 'external' as const,
  riskRating: 'medium' as const,
  providesServiceIds: [facts.ids.service],
  providesProcesses: 'Hosting',
  contacts: [{ name: 'Cy Park' }],
  evaluations: [{ evaluatedOn: '2026-02-01', criterion: 'Availability', score: 4, weight: 2 }],
  raci: [{ serviceId: facts.ids.service, activity: 'Patching', role: 'R' as const }],
  reviewCadenceMonths: 12,
  lastReviewDate: '2025-09-01',
  nextReviewDate: '2026-09-01',
});

const agreement = (facts: FuzzFacts) => ({
  title: 'Fuzzed service level agreement',
  type: 'sla' as const,
  customerId: facts.ids.customer,
  serviceIds: [facts.ids.service],
  startDate: '2026-01-01',
  endDate: '2027-01-01',
  noticePeriodDays: 90,
  reviewCadenceMonths: 12,
  nextReviewDate: '2026-12-01',
  owner: 'Ana Costa',
  status: 'agreed' as const,
  documentLinks: ['https://example.com/sla.pdf'],
});

const target = (facts: FuzzFacts) => ({
  agreementId: facts.ids.agreement,
  serviceId: null,
  name: 'Fuzzed availability',
  metric: 'availability' as const,
  comparison: '>=' as const,
  threshold: 99.5,
  unit: '%',
  period: 'monthly' as const,
});

const review = (facts: FuzzFacts) => ({
  subject: 'agreement' as const,
  agreementId: facts.ids.agreement,
  reviewDate: '2026-02-20',
  participants: 'Ana, Bo',
  outcome: 'Targets met.',
  actions: [
    { description: 'Update the contact list', owner: 'Bo', dueDate: '2026-04-01', status: 'open' as const },
  ],
});

const finding = (facts: FuzzFacts) => ({
  type: 'observation' as const,
  title: 'Fuzzed observation',
  description: 'Reviews are minuted late.',
  raisedOn: '2026-02-01',
  items: [{ itemId: facts.itemId }],
  records: [{ register: 'services' as const, id: facts.ids.service }],
  correctiveAction: {
    description: 'Minute within a week',
    owner: 'Ana',
    dueDate: '2026-04-01',
    status: 'in_progress' as const,
  },
});

const packOptions = { clauses: ['8' as const], includeInternalNotes: false, embedEvidence: false };

/**
 * One valid input per method of the contract (typed, so a new method without one does not
 * compile): the starting point of every mutation, so the fuzzer reaches past the first check.
 */
export const validInputs: ValidInputs = {
  'app.about': () => ({}),
  'workspace.current': () => ({}),
  'engagement.get': () => ({}),
  'engagement.update': () => ({
    clientOrganisation: 'Harbourline Managed Services Ltd',
    scopeStatement: 'Managed hosting.',
    auditType: 'surveillance',
    plannedAuditDate: '2026-06-15',
    consultantName: 'Ana Costa',
  }),
  'workspace.create': (facts) => ({
    path: path.join(facts.files, 'new.clausebook'),
    clientOrganisation: 'New client',
  }),
  'workspace.createSample': (facts) => ({ path: path.join(facts.files, 'sample.clausebook') }),
  'workspace.open': (facts) => ({ path: facts.workspaceFile, upgrade: false }),
  'workspace.close': () => ({}),
  'workspace.saveAs': (facts) => ({ path: path.join(facts.files, 'copy.clausebook') }),
  'workspace.check': () => ({}),
  'workspace.backup': (facts) => ({ path: path.join(facts.files, 'backup.clausebook') }),

  'services.list': () => ({ ...list, filters: { lifecycle: 'live' } }),
  'services.get': (facts) => ({ id: facts.ids.service }),
  'services.create': service,
  'services.update': (facts) => ({ id: facts.ids.service, values: { ...service(facts), dependsOnIds: [] } }),
  'services.delete': (facts) => ({ id: facts.ids.service, detachReferences: false }),
  'customers.list': () => list,
  'customers.get': (facts) => ({ id: facts.ids.customer }),
  'customers.create': customer,
  'customers.update': (facts) => ({ id: facts.ids.customer, values: customer() }),
  'customers.delete': (facts) => ({ id: facts.ids.customer }),
  'suppliers.list': () => list,
  'suppliers.get': (facts) => ({ id: facts.ids.supplier }),
  'suppliers.create': supplier,
  'suppliers.update': (facts) => ({ id: facts.ids.supplier, values: supplier(facts) }),
  'suppliers.delete': (facts) => ({ id: facts.ids.supplier, detachReferences: true }),
  'agreements.list': () => list,
  'agreements.get': (facts) => ({ id: facts.ids.agreement }),
  'agreements.create': agreement,
  'agreements.update': (facts) => ({ id: facts.ids.agreement, values: agreement(facts) }),
  'agreements.delete': (facts) => ({ id: facts.ids.agreement }),
  'targets.list': () => list,
  'targets.get': (facts) => ({ id: facts.ids.target }),
  'targets.create': target,
  'targets.update': (facts) => ({ id: facts.ids.target, values: target(facts) }),
  'targets.delete': (facts) => ({ id: facts.ids.target }),
  'reviews.list': () => list,
  'reviews.get': (facts) => ({ id: facts.ids.review }),
  'reviews.create': review,
  'reviews.update': (facts) => ({ id: facts.ids.review, values: review(facts) }),
  'reviews.delete': (facts) => ({ id: facts.ids.review }),

  'registers.importPreview': (facts) => ({
    register: 'services',
    fileName: 'services.csv',
    content: facts.servicesCsvBase64,
    sheet: null,
    mapping: null,
    previewRows: 5,
  }),
  'registers.import': (facts) => ({
    register: 'services',
    fileName: 'services.csv',
    content: facts.servicesCsvBase64,
    dryRun: false,
  }),
  'registers.export': () => ({ register: 'suppliers', format: 'csv' }),
  'registers.importFile': (facts) => ({
    register: 'services',
    path: path.join(facts.files, 'import.csv'),
    dryRun: false,
  }),
  'registers.exportFile': (facts) => ({ register: 'agreements', path: path.join(facts.files, 'out.xlsx') }),

  'clauses.libraries': () => ({}),
  'clauses.library': () => ({ id: 'iso20000-1-2018' }),

  'assessments.get': (facts) => ({ libraryId: 'iso20000-1-2018', itemId: facts.itemId }),
  'assessments.set': (facts) => ({
    itemId: facts.itemId,
    values: {
      status: 'partially_conforming',
      clientNotes: 'Reviewed with the service owner.',
      internalNotes: 'Ask for the March minutes.',
      interviewees: ['Bo Lind'],
      owner: 'Ana Costa',
      dueDate: '2026-05-01',
    },
  }),
  'assessments.list': () => ({
    statuses: ['conforming', 'not_assessed'],
    owner: 'Ana',
    withoutEvidence: false,
    clause: '8',
  }),
  'assessments.progress': () => ({ libraryId: 'iso20000-1-2018' }),
  'assessments.nextUnassessed': (facts) => ({ afterItemId: facts.itemId }),
  'assessments.cite': (facts) => ({
    itemId: facts.itemId,
    record: { register: 'suppliers', id: facts.ids.supplier },
  }),
  'assessments.uncite': (facts) => ({
    itemId: facts.itemId,
    record: { register: 'suppliers', id: facts.ids.supplier },
  }),
  'assessments.citing': (facts) => ({ register: 'agreements', id: facts.ids.agreement }),

  'evidence.add': (facts) => ({
    fileName: 'March review minutes.txt',
    mediaType: 'text/plain',
    content: base64('Service review, March: availability 99.95 %.\n'),
    description: 'Minutes of the March service review.',
    effectiveDate: '2026-03-01',
    links: [
      { kind: 'item', itemId: facts.itemId },
      { kind: 'record', register: 'agreements', id: facts.ids.agreement },
    ],
  }),
  'evidence.addFile': (facts) => ({
    path: path.join(facts.files, 'evidence.txt'),
    description: 'Supplier list export.',
    effectiveDate: '2026-02-01',
    links: [{ kind: 'record', register: 'suppliers', id: facts.ids.supplier }],
  }),
  'evidence.get': (facts) => ({ id: facts.ids.evidence }),
  'evidence.content': (facts) => ({ id: facts.ids.evidence }),
  'evidence.update': (facts) => ({
    id: facts.ids.evidence,
    values: { fileName: 'renamed.pdf', description: 'Renamed.', effectiveDate: '2026-01-31' },
  }),
  'evidence.delete': (facts) => ({ id: facts.ids.evidence }),
  'evidence.link': (facts) => ({
    id: facts.ids.evidence,
    target: { kind: 'record', register: 'services', id: facts.ids.service },
  }),
  'evidence.unlink': (facts) => ({ id: facts.ids.evidence, target: { kind: 'item', itemId: facts.itemId } }),
  'evidence.list': (facts) => ({ search: 'review', item: { itemId: facts.itemId }, unlinked: false }),

  'findings.list': (facts) => ({
    types: ['observation', 'minor_nc'],
    status: 'open',
    record: { register: 'services', id: facts.ids.service },
  }),
  'findings.get': (facts) => ({ id: facts.ids.finding }),
  'findings.create': finding,
  'findings.update': (facts) => ({ id: facts.ids.finding, values: finding(facts) }),
  'findings.delete': (facts) => ({ id: facts.ids.finding }),

  'readiness.run': () => ({ today: DAY }),
  'dashboard.summary': () => ({ libraryId: 'iso20000-1-2018', today: DAY }),

  'identities.list': () => ({}),
  'identities.create': () => ({
    name: 'Ana Costa',
    organisation: 'Costa Audit Services',
    email: 'ana@example.com',
    passphrase: 'a fuzzed passphrase',
  }),
  'identities.import': (facts) => ({
    fileName: 'ana.p12',
    content: facts.p12Base64,
    passphrase: facts.passphrase,
  }),
  'identities.importFile': (facts) => ({
    path: path.join(facts.files, 'identity.p12'),
    passphrase: facts.passphrase,
  }),
  'identities.remove': (facts) => ({ fingerprint: facts.fingerprint }),
  'identities.certificate': (facts) => ({ fingerprint: facts.fingerprint }),
  'packs.start': (facts) => ({
    fingerprint: facts.fingerprint,
    passphrase: facts.passphrase,
    options: packOptions,
  }),
  'packs.startFile': (facts) => ({
    outputPath: path.join(facts.files, 'pack.pdf'),
    identity: { fingerprint: facts.fingerprint },
    passphrase: facts.passphrase,
    options: packOptions,
  }),
  'packs.job': () => ({ jobId: '0b5e1c9a-3f4d-4e8b-9a76-5d2c1e0f9b8a' }),
  'packs.history': () => ({}),
  'packs.download': (facts) => ({ id: facts.ids.packExport }),
  'packs.verify': (facts) => ({ fileName: 'pack.pdf', content: facts.packBase64 }),
  'packs.verifyFile': (facts) => ({ path: facts.packFile }),
  'packs.verifiedFile': (facts) => ({
    verificationId: facts.ids.verification,
    attachmentName: 'clausebook-manifest.json',
  }),

  'backups.list': () => ({}),
  'backups.create': () => ({}),
  'backups.restore': (facts) => ({ id: facts.ids.backup }),
  'backups.restoreFile': (facts) => ({ path: facts.backupFile }),

  'records.options': (facts) => ({
    register: 'services',
    search: 'host',
    ids: [facts.ids.service],
    limit: 10,
  }),
  'records.related': (facts) => ({ register: 'agreements', id: facts.ids.agreement }),
  'records.history': (facts) => ({ id: facts.ids.supplier }),
  'measurements.list': (facts) => ({ targetId: facts.ids.target }),
  'measurements.record': (facts) => ({
    targetId: facts.ids.target,
    periodStart: '2026-02-01',
    value: 99.9,
    note: 'From the monitoring report.',
  }),
  'measurements.delete': (facts) => ({ id: facts.ids.measurement }),
};
