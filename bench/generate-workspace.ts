import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { assessmentChanges } from '../src-main/api/schemas/assessment';
import { DEFAULT_CLAUSE_LIBRARY_ID } from '../src-main/api/schemas/clause-library';
import { findingInput } from '../src-main/api/schemas/findings';
import { setAssessment } from '../src-main/core/assessment/assessment-store';
import { citeRecord } from '../src-main/core/assessment/item-citations';
import { libraryIndex } from '../src-main/core/assessment/library-index';
import { appendChange, verifyChangeLog } from '../src-main/core/change-log/change-log';
import { addEvidence } from '../src-main/core/evidence/evidence-store';
import { createFinding } from '../src-main/core/findings/finding-store';
import type { SearchableRegister } from '../src-main/core/registers/register-names';
import { readRecord } from '../src-main/core/registers/record-store';
import { searchRowids } from '../src-main/core/registers/search-index';
import { specFor, type RecordRegister } from '../src-main/core/registers/specs';
import { writeContext } from '../src-main/core/registers/write-context';
import { createWorkspace } from '../src-main/core/workspace/create-workspace';
import { openWorkspace } from '../src-main/core/workspace/open-workspace';
import { migrations } from '../src-main/core/workspace/migrations';
import type { Scale } from './scale';
import { Seeded, evidenceBytes } from './seeded';

/** The day every generated record was made; dates in the workspace are spread around it. */
const MADE_AT = new Date('2026-01-15T09:00:00.000Z');
const MADE = MADE_AT.toISOString();
/** Stored measurements end with this month; the import CSV holds the months before them. */
const LATEST_MONTH = { year: 2026, month: 10 };

export interface GeneratedWorkspace {
  file: string;
  /** A CSV of as many new measurements as the workspace holds, for the import figure. */
  importCsv: string;
  importRows: number;
  generationSeconds: number | null;
}

/** Raise when what the generator writes changes, so cached workspaces are made again. */
const GENERATOR_VERSION = 2;

/** Where a scale and seed are cached: a new schema or generator version makes a new folder. */
export function cacheFolder(root: string, scale: Scale, seed: number): string {
  return path.join(
    root,
    `scale-${scale.name}-seed-${seed}-schema-${migrations.length}-generator-${GENERATOR_VERSION}`,
  );
}

/**
 * The workspace for a scale and seed, generated once and then reused from the cache folder. A
 * folder is complete only once its marker file is written, so a run stopped half way regenerates.
 */
export async function generatedWorkspace(
  root: string,
  scale: Scale,
  seed: number,
): Promise<GeneratedWorkspace> {
  const folder = cacheFolder(root, scale, seed);
  const file = path.join(folder, `bench-${scale.name}.clausebook`);
  const importCsv = path.join(folder, 'import-measurements.csv');
  const marker = path.join(folder, 'complete');
  const importRows = scale.measurements;
  if (existsSync(marker)) return { file, importCsv, importRows, generationSeconds: null };
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const started = performance.now();
  const plan = await generate(file, scale, seed);
  await writeImportCsv(importCsv, plan, scale, seed);
  await checkGenerated(file);
  writeFileSync(marker, new Date().toISOString() + '\n');
  return { file, importCsv, importRows, generationSeconds: (performance.now() - started) / 1000 };
}

function code(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(3, '0')}`;
}

function day(offsetDays: number): string {
  return new Date(MADE_AT.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** `back` months before the latest stored month, as YYYY-MM-01. */
function monthStart(back: number): string {
  const index = LATEST_MONTH.year * 12 + (LATEST_MONTH.month - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

const words = [
  'payroll',
  'billing',
  'network',
  'hosting',
  'identity',
  'backup',
  'storage',
  'service desk',
  'email',
  'telephony',
  'analytics',
  'archive',
  'print',
  'warehouse',
  'logistics',
  'portal',
  'mobile',
  'field',
  'security',
  'monitoring',
  'database',
  'integration',
  'reporting',
  'procurement',
  'treasury',
  'records',
];
const people = ['A. Okafor', 'B. Lindqvist', 'C. Moreau', 'D. Nakamura', 'E. García', 'F. Novak', 'G. Singh'];

interface TargetPlan {
  id: string;
  code: string;
  threshold: number;
  comparison: '>=' | '<=';
}

interface Plan {
  targets: TargetPlan[];
  perTarget: number;
}

async function generate(file: string, scale: Scale, seed: number): Promise<Plan> {
  const random = new Seeded(seed);
  const opened = await createWorkspace(
    file,
    {
      clientOrganisation: 'Northwind Enterprise Services',
      scopeStatement: 'The IT services provided to internal and external customers from all sites.',
      auditType: 'stage2',
      plannedAuditDate: day(400),
      consultantName: 'Bench Consultant',
    },
    { now: () => MADE_AT },
  );
  const { workspace } = opened;
  const db = workspace.db;
  // Generation only: a crash means generating again, so commits need not wait for the disk.
  db.pragma('synchronous = OFF');
  try {
    const ids = db.transaction(() => insertRegisters(db, scale, random))();
    const plan = db.transaction(() => insertMeasurements(db, scale, random, ids.targets))();
    const context = writeContext(db, MADE_AT);
    const checklistEntries = db.transaction(() => populateChecklist(context, scale, seed, random, ids))();
    db.transaction(() => logRegisterCreates(db, scale.changeLogEntries - checklistEntries, ids))();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return plan;
  } finally {
    db.close();
  }
}

interface Ids {
  customers: string[];
  suppliers: { id: string; kind: string }[];
  services: string[];
  agreements: { id: string; type: string; serviceIds: string[] }[];
  targets: TargetPlan[];
  /** Records in creation order, for the change log. */
  created: { register: RecordRegister; id: string }[];
}

function insertRegisters(db: Database.Database, scale: Scale, random: Seeded): Ids {
  const search = db.prepare(
    'INSERT INTO record_search (rowid, register, record_id, code, name, description) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const searchKey = db.prepare('INSERT INTO record_search_key (record_id, search_rowid) VALUES (?, ?)');
  const entries = new Map<SearchableRegister, number>();
  // Each register's entries in its own block of rowids, as the app's search index keeps them.
  const index = (
    register: SearchableRegister,
    id: string,
    recordCode: string,
    name: string,
    description: string,
  ) => {
    const rowid = searchRowids(register).first + (entries.get(register) ?? 0);
    entries.set(register, (entries.get(register) ?? 0) + 1);
    search.run(rowid, register, id, recordCode, name, description);
    searchKey.run(id, rowid);
  };
  const created: Ids['created'] = [];

  const customers: string[] = [];
  const customer = db.prepare(
    `INSERT INTO customer (id, code, name, kind, relationship_manager, description, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let n = 1; n <= scale.customers; n += 1) {
    const id = random.uuid();
    const name = `${random.pick(words)} customer ${n}`.replace(/^./, (c) => c.toUpperCase());
    const manager = random.pick(people);
    const description = `Customer of the ${random.pick(words)} and ${random.pick(words)} services.`;
    customer.run(
      id,
      code('CUS', n),
      name,
      random.chance(0.7) ? 'external' : 'internal',
      manager,
      description,
      MADE,
      MADE,
    );
    index('customers', id, code('CUS', n), name, `${description} ${manager}`);
    customers.push(id);
    created.push({ register: 'customers', id });
  }

  const suppliers: Ids['suppliers'] = [];
  const supplier = db.prepare(
    `INSERT INTO supplier (id, code, name, kind, customer_id, description, provides_processes, risk_rating,
       review_cadence_months, last_review_date, next_review_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let n = 1; n <= scale.suppliers; n += 1) {
    const id = random.uuid();
    const draw = random.next();
    const kind = draw < 0.6 ? 'external' : draw < 0.85 ? 'internal' : 'customer';
    const name = `${random.pick(words)} supplier ${n}`.replace(/^./, (c) => c.toUpperCase());
    const processes = `${random.pick(words)} operations`;
    const description = `Provides ${random.pick(words)} for the organisation.`;
    const last = random.int(-500, -10);
    supplier.run(
      id,
      code('SUP', n),
      name,
      kind,
      kind === 'customer' ? random.pick(customers) : null,
      description,
      processes,
      random.pick(['low', 'medium', 'high']),
      12,
      day(last),
      day(last + 365),
      MADE,
      MADE,
    );
    index('suppliers', id, code('SUP', n), name, `${description} ${processes}`);
    suppliers.push({ id, kind });
    created.push({ register: 'suppliers', id });
  }

  const services: string[] = [];
  const service = db.prepare(
    `INSERT INTO service (id, code, name, description, owner, lifecycle, criticality, in_catalogue, catalogue_offerings,
       catalogue_request_types, catalogue_availability_hours, catalogue_targets_offered, catalogue_visibility,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const serviceCustomer = db.prepare(
    'INSERT OR IGNORE INTO service_customer (service_id, customer_id) VALUES (?, ?)',
  );
  const dependency = db.prepare(
    'INSERT OR IGNORE INTO service_dependency (service_id, depends_on_id) VALUES (?, ?)',
  );
  const component = db.prepare(
    `INSERT INTO service_component (service_id, position, name, type, owner, operated_by_supplier_id)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (let n = 1; n <= scale.services; n += 1) {
    const id = random.uuid();
    const name = `${random.pick(words)} ${random.pick(words)} service ${n}`.replace(/^./, (c) =>
      c.toUpperCase(),
    );
    const owner = random.pick(people);
    const description = `Delivers ${random.pick(words)} to ${random.pick(words)} users.`;
    const live = random.chance(0.85);
    service.run(
      id,
      code('SVC', n),
      name,
      description,
      owner,
      live ? 'live' : random.pick(['pipeline', 'retired']),
      random.pick(['low', 'medium', 'high', 'critical']),
      live ? 1 : 0,
      live ? 'Standard offering' : '',
      live ? 'Incident, request' : '',
      live ? 'Mon–Fri 08:00–18:00' : '',
      live ? '99.5% availability' : '',
      random.pick(['public', 'customers', 'internal']),
      MADE,
      MADE,
    );
    for (let k = random.int(1, 3); k > 0; k -= 1) serviceCustomer.run(id, random.pick(customers));
    if (services.length > 0 && random.chance(0.5)) dependency.run(id, random.pick(services));
    for (let position = 0, count = random.int(0, 3); position < count; position += 1) {
      const operated = random.chance(0.3) ? random.pick(suppliers).id : null;
      component.run(
        id,
        position,
        `${random.pick(words)} component`,
        'application',
        random.pick(people),
        operated,
      );
    }
    index('services', id, code('SVC', n), name, `${description} ${owner}`);
    services.push(id);
    created.push({ register: 'services', id });
  }

  const externals = suppliers.filter((s) => s.kind === 'external');
  const others = suppliers.filter((s) => s.kind !== 'external');
  const agreements: Ids['agreements'] = [];
  const agreement = db.prepare(
    `INSERT INTO agreement (id, code, title, type, customer_id, supplier_id, description, start_date, end_date,
       notice_period_days, review_cadence_months, last_review_date, next_review_date, owner, status, document_links,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?)`,
  );
  const agreementService = db.prepare(
    'INSERT OR IGNORE INTO agreement_service (agreement_id, service_id) VALUES (?, ?)',
  );
  for (let n = 1; n <= scale.agreements; n += 1) {
    const id = random.uuid();
    const draw = random.next();
    const type = draw < 0.5 ? 'sla' : draw < 0.7 ? 'ola' : draw < 0.95 ? 'contract' : 'other';
    const party =
      type === 'ola' && others.length > 0
        ? random.pick(others).id
        : type === 'contract' && externals.length > 0
          ? random.pick(externals).id
          : null;
    const start = random.int(-1500, -30);
    const end = start + random.pick([365, 730, 1095, 1460]);
    const title = `${type.toUpperCase()} ${random.pick(words)} ${n}`;
    const owner = random.pick(people);
    const description = `Covers ${random.pick(words)} and ${random.pick(words)}.`;
    const last = random.int(-400, -5);
    agreement.run(
      id,
      code('AGR', n),
      title,
      type,
      type === 'sla' ? random.pick(customers) : null,
      party,
      description,
      day(start),
      day(end),
      90,
      12,
      day(last),
      day(last + 365),
      owner,
      end < 0 ? 'expired' : 'agreed',
      MADE,
      MADE,
    );
    const serviceIds = new Set<string>();
    for (let k = random.int(1, 3); k > 0; k -= 1) serviceIds.add(random.pick(services));
    for (const serviceId of serviceIds) agreementService.run(id, serviceId);
    index('agreements', id, code('AGR', n), title, `${description} ${owner}`);
    agreements.push({ id, type, serviceIds: [...serviceIds] });
    created.push({ register: 'agreements', id });
  }

  const targets: TargetPlan[] = [];
  const target = db.prepare(
    `INSERT INTO target (id, code, agreement_id, service_id, name, metric, comparison, threshold, unit, period,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'monthly', ?, ?)`,
  );
  const metrics = [
    { metric: 'availability', comparison: '>=', threshold: 99.5, unit: '%' },
    { metric: 'response_time', comparison: '<=', threshold: 4, unit: 'hours' },
    { metric: 'resolution_time', comparison: '<=', threshold: 24, unit: 'hours' },
    { metric: 'satisfaction', comparison: '>=', threshold: 4, unit: 'points' },
  ] as const;
  for (let n = 1; n <= scale.targets; n += 1) {
    const id = random.uuid();
    const owner = agreements[(n - 1) % agreements.length]!;
    const shape = random.pick(metrics);
    const name = `${shape.metric.replace('_', ' ')} of ${random.pick(words)} ${n}`;
    target.run(
      id,
      code('TGT', n),
      owner.id,
      random.pick(owner.serviceIds),
      name,
      shape.metric,
      shape.comparison,
      shape.threshold,
      shape.unit,
      MADE,
      MADE,
    );
    index('targets', id, code('TGT', n), name, `${shape.metric} ${shape.unit}`);
    targets.push({ id, code: code('TGT', n), threshold: shape.threshold, comparison: shape.comparison });
    created.push({ register: 'targets', id });
  }
  return { customers, suppliers, services, agreements, targets, created };
}

/** A value near the target, missing it now and then, as measured performance does. */
function measuredValue(random: Seeded, target: TargetPlan): number {
  const miss = random.chance(0.08);
  const spread = target.threshold * (random.next() * 0.05);
  const above = target.comparison === '>=' ? !miss : miss;
  return Math.round((above ? target.threshold + spread : target.threshold - spread) * 1000) / 1000;
}

function insertMeasurements(
  db: Database.Database,
  scale: Scale,
  random: Seeded,
  targets: TargetPlan[],
): Plan {
  const perTarget = Math.max(1, Math.floor(scale.measurements / targets.length));
  const insert = db.prepare(
    `INSERT INTO measurement (id, target_id, period_start, value, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, '', ?, ?)`,
  );
  for (const target of targets) {
    for (let back = 0; back < perTarget; back += 1) {
      insert.run(random.uuid(), target.id, monthStart(back), measuredValue(random, target), MADE, MADE);
    }
  }
  return { targets, perTarget };
}

/**
 * The checklist through the app's own functions, as the sample workspace does it: evidence files
 * (linked to items and records), every item assessed with citations, then findings. Returns how
 * many change-log entries that wrote.
 */
function populateChecklist(
  context: ReturnType<typeof writeContext>,
  scale: Scale,
  seed: number,
  random: Seeded,
  ids: Ids,
): number {
  const { db } = context;
  const before = db.prepare('SELECT count(*) FROM change_log').pluck().get() as number;
  const index = libraryIndex(DEFAULT_CLAUSE_LIBRARY_ID);
  const libraryId = index.library.id;
  const items = index.items.map((entry) => entry.item.id);
  const evidenceIds: string[] = [];
  sizesFor(scale, random).forEach((size, n) => {
    const text = size < 64 * 1024;
    const bytes = text
      ? Buffer.from(
          evidenceBytes(seed, n, Math.ceil((size * 3) / 4))
            .toString('base64')
            .slice(0, size),
        )
      : evidenceBytes(seed, n, size);
    const links = [
      { kind: 'item' as const, libraryId, itemId: random.pick(items) },
      { kind: 'item' as const, libraryId, itemId: random.pick(items) },
      { kind: 'record' as const, register: 'agreements' as const, id: random.pick(ids.agreements).id },
    ];
    const added = addEvidence(context, {
      fileName: `evidence-${String(n + 1).padStart(5, '0')}.${text ? 'txt' : 'bin'}`,
      mediaType: text ? 'text/plain' : 'application/octet-stream',
      bytes,
      description: `Evidence of ${random.pick(words)} operation.`,
      effectiveDate: day(random.int(-300, 0)),
      links,
    });
    evidenceIds.push(added.snapshot.id);
  });
  // Only an OLA, a contract or another agreement binds a party that operates a process (8.2.3).
  const binding = ids.agreements.filter((agreement) => agreement.type !== 'sla');
  const statuses = [
    'conforming',
    'partially_conforming',
    'nonconforming',
    'operated_by_other_party',
  ] as const;
  for (const itemId of items) {
    const status = statuses[Math.min(3, Math.floor(random.next() ** 2 * 4))]!;
    setAssessment(
      context,
      index,
      itemId,
      assessmentChanges.parse({
        status,
        operatedByAgreementId: status === 'operated_by_other_party' ? random.pick(binding).id : null,
        clientNotes: `Assessed against the ${random.pick(words)} records.`,
        owner: random.pick(people),
      }),
    );
    citeRecord(context, index, itemId, { register: 'services', id: random.pick(ids.services) });
  }
  for (let n = 0; n < scale.findings; n += 1) {
    createFinding(
      context,
      findingInput.parse({
        type: random.pick(['major_nc', 'minor_nc', 'observation', 'opportunity']),
        title: `Gap in ${random.pick(words)} records ${n + 1}`,
        description: 'Found while sampling the registers.',
        raisedOn: day(random.int(-90, 0)),
        items: [{ libraryId, itemId: random.pick(items) }],
        records: [{ register: 'suppliers', id: random.pick(ids.suppliers).id }],
        correctiveAction: {
          description: 'Complete the records.',
          owner: random.pick(people),
          dueDate: day(random.int(10, 90)),
          status: 'in_progress',
          closureEvidenceIds: [random.pick(evidenceIds)],
        },
      }),
    );
  }
  return (db.prepare('SELECT count(*) FROM change_log').pluck().get() as number) - before;
}

/**
 * Evidence sizes adding up to the scale's total: a few large files (a recorded review, a ticket
 * export), more of a few MiB, and many small ones; deterministic from the generator.
 */
function sizesFor(scale: Scale, random: Seeded): number[] {
  const total = scale.evidenceBytes;
  const count = scale.evidenceFiles;
  const large = Math.min(count, Math.max(1, Math.round(count / 250)));
  const medium = Math.min(count - large, Math.max(1, Math.round(count / 16)));
  const sizes: number[] = [];
  for (let n = 0; n < large; n += 1) sizes.push(Math.round(total * (0.025 + random.next() * 0.012)));
  for (let n = 0; n < medium; n += 1) sizes.push(Math.round(total * (0.0012 + random.next() * 0.004)));
  const rest = count - large - medium;
  const used = sizes.reduce((a, b) => a + b, 0);
  const weights = Array.from({ length: rest }, () => Math.exp(random.next() * 6));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  for (const weight of weights) sizes.push(Math.max(64, Math.floor(((total - used) * weight) / weightSum)));
  // The last file takes the rounding, so the total is exact.
  const sum = sizes.reduce((a, b) => a + b, 0);
  sizes[sizes.length - 1] = Math.max(64, sizes[sizes.length - 1]! + total - sum);
  // Shuffled, so large files are not all at the start of the library.
  for (let n = sizes.length - 1; n > 0; n -= 1) {
    const k = random.int(0, n);
    [sizes[n], sizes[k]] = [sizes[k]!, sizes[n]!];
  }
  return sizes;
}

/**
 * Creation entries for the first register records, after the checklist's, until the change log
 * holds the scale's number of entries: the same entries createRecord appends (the record as read
 * back), through the app's own chain function.
 */
function logRegisterCreates(db: Database.Database, count: number, ids: Ids): void {
  for (const { register, id } of ids.created.slice(0, Math.max(0, count))) {
    appendChange(db, {
      at: MADE,
      actor: 'Bench Consultant',
      register,
      recordId: id,
      operation: 'create',
      before: null,
      after: readRecord(db, specFor(register), id),
    });
  }
}

/** The months before the stored ones, for every target: new rows for the import figure. */
async function writeImportCsv(file: string, plan: Plan, scale: Scale, seed: number): Promise<void> {
  const random = new Seeded(seed ^ 0x5eed);
  const building = `${file}.part`;
  const out = createWriteStream(building);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write('Target,Period start,Value,Note\r\n');
  let rows = 0;
  let chunk = '';
  for (const target of plan.targets) {
    for (let back = plan.perTarget; back < plan.perTarget * 2 && rows < scale.measurements; back += 1) {
      chunk += `${target.code},${monthStart(back)},${measuredValue(random, target)},\r\n`;
      rows += 1;
    }
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  renameSync(building, file);
}

/**
 * The generated file must be a workspace the app accepts: opened by the app's own open, with
 * SQLite's integrity and foreign key checks clean and the change-log chain intact.
 */
async function checkGenerated(file: string): Promise<void> {
  const { workspace } = await openWorkspace(file, { upgrade: false });
  try {
    const integrity = workspace.db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok')
      throw new Error(
        `the generated workspace fails integrity_check: ${JSON.stringify(integrity.slice(0, 3))}`,
      );
    const foreign = workspace.db.pragma('foreign_key_check') as unknown[];
    if (foreign.length > 0)
      throw new Error(
        `the generated workspace fails foreign_key_check: ${JSON.stringify(foreign.slice(0, 3))}`,
      );
    const chain = verifyChangeLog(workspace.db);
    if (!chain.ok)
      throw new Error(`the generated change log is broken at ${JSON.stringify(chain.firstBroken)}`);
    console.log(
      `Generated workspace checked: integrity ok, foreign keys ok, change log of ${chain.entries} entries intact.`,
    );
  } finally {
    workspace.db.close();
  }
}
