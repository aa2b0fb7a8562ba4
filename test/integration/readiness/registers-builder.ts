import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { migrations } from '../../../src-main/core/workspace/migrations';
import { runMigrations } from '../../../src-main/core/workspace/migrations/run-migrations';

const stamp = '2026-01-01T00:00:00.000Z';

type Lifecycle = 'pipeline' | 'live' | 'retired';
type AgreementType = 'sla' | 'ola' | 'contract' | 'other';
type AgreementStatus = 'draft' | 'agreed' | 'expired' | 'terminated';
type SupplierKind = 'external' | 'internal' | 'customer';
type Comparison = '>=' | '<=' | '>' | '<' | '=';
type Period = 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';

export interface Ref {
  id: string;
  code: string;
  name: string;
}

export interface ServiceSpec {
  code: string;
  name?: string;
  lifecycle?: Lifecycle;
  inCatalogue?: boolean;
  visibility?: 'public' | 'customers' | 'internal';
  owner?: string;
  description?: string;
  targetsOffered?: string;
  customers?: Ref[];
  /** Component names, each optionally operated by a supplier. */
  components?: { name: string; operatedBy?: Ref }[];
}

export interface CustomerSpec {
  code: string;
  name?: string;
  kind?: 'external' | 'internal';
  relationshipManager?: string;
  satisfaction?: string[];
}

export interface ReviewDates {
  cadenceMonths?: number | null;
  lastReview?: string | null;
  nextReview?: string | null;
}

export interface SupplierSpec extends ReviewDates {
  code: string;
  name?: string;
  kind?: SupplierKind;
  customer?: Ref;
  provides?: Ref[];
}

export interface AgreementSpec extends ReviewDates {
  code: string;
  title?: string;
  type: AgreementType;
  status?: AgreementStatus;
  customer?: Ref;
  supplier?: Ref;
  start?: string | null;
  end?: string | null;
  noticeDays?: number | null;
  services?: Ref[];
}

export interface TargetSpec {
  code: string;
  name?: string;
  agreement: Ref;
  service?: Ref;
  comparison?: Comparison | null;
  threshold?: number | null;
  unit?: string;
  period?: Period | null;
}

/**
 * Small, exact register contents for one rule's test: an in-memory database at the current
 * schema, filled row by row. Every field has the value of a well-kept record unless a test says
 * otherwise, so a test names only what its rule looks at.
 */
export class Registers {
  readonly db = new Database(':memory:');

  constructor() {
    runMigrations(this.db, migrations);
    this.db.pragma('foreign_keys = ON');
  }

  service(spec: ServiceSpec): Ref {
    const ref = { id: randomUUID(), code: spec.code, name: spec.name ?? `Service ${spec.code}` };
    this.db
      .prepare(
        `INSERT INTO service (id, code, name, description, owner, lifecycle, criticality, in_catalogue,
           catalogue_targets_offered, catalogue_visibility, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'medium', ?, ?, ?, ?, ?)`,
      )
      .run(
        ref.id,
        ref.code,
        ref.name,
        spec.description ?? 'What the service does.',
        spec.owner ?? 'Sam Owner',
        spec.lifecycle ?? 'live',
        (spec.inCatalogue ?? true) ? 1 : 0,
        spec.targetsOffered ?? 'Availability 99.9% per month',
        spec.visibility ?? 'customers',
        stamp,
        stamp,
      );
    for (const customer of spec.customers ?? []) {
      this.db
        .prepare('INSERT INTO service_customer (service_id, customer_id) VALUES (?, ?)')
        .run(ref.id, customer.id);
    }
    const components = spec.components ?? [{ name: 'Application servers' }];
    components.forEach((component, position) => {
      this.db
        .prepare(
          'INSERT INTO service_component (service_id, position, name, operated_by_supplier_id) VALUES (?, ?, ?, ?)',
        )
        .run(ref.id, position, component.name, component.operatedBy?.id ?? null);
    });
    return ref;
  }

  customer(spec: CustomerSpec): Ref {
    const ref = { id: randomUUID(), code: spec.code, name: spec.name ?? `Customer ${spec.code}` };
    this.db
      .prepare(
        `INSERT INTO customer (id, code, name, kind, relationship_manager, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ref.id,
        ref.code,
        ref.name,
        spec.kind ?? 'external',
        spec.relationshipManager ?? 'Rita Manager',
        stamp,
        stamp,
      );
    (spec.satisfaction ?? []).forEach((measuredOn, position) => {
      this.db
        .prepare(
          'INSERT INTO customer_satisfaction (customer_id, position, measured_on, score) VALUES (?, ?, ?, 4.2)',
        )
        .run(ref.id, position, measuredOn);
    });
    return ref;
  }

  supplier(spec: SupplierSpec): Ref {
    const ref = { id: randomUUID(), code: spec.code, name: spec.name ?? `Supplier ${spec.code}` };
    this.db
      .prepare(
        `INSERT INTO supplier (id, code, name, kind, customer_id, risk_rating, review_cadence_months,
           last_review_date, next_review_date, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'medium', ?, ?, ?, ?, ?)`,
      )
      .run(
        ref.id,
        ref.code,
        ref.name,
        spec.kind ?? 'external',
        spec.customer?.id ?? null,
        spec.cadenceMonths === undefined ? 12 : spec.cadenceMonths,
        spec.lastReview ?? null,
        spec.nextReview === undefined ? '2099-01-01' : spec.nextReview,
        stamp,
        stamp,
      );
    for (const service of spec.provides ?? []) {
      this.db
        .prepare('INSERT INTO supplier_service (supplier_id, service_id) VALUES (?, ?)')
        .run(ref.id, service.id);
    }
    return ref;
  }

  agreement(spec: AgreementSpec): Ref {
    const ref = { id: randomUUID(), code: spec.code, name: spec.title ?? `Agreement ${spec.code}` };
    this.db
      .prepare(
        `INSERT INTO agreement (id, code, title, type, customer_id, supplier_id, start_date, end_date,
           notice_period_days, review_cadence_months, last_review_date, next_review_date, status,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ref.id,
        ref.code,
        ref.name,
        spec.type,
        spec.customer?.id ?? null,
        spec.supplier?.id ?? null,
        spec.start === undefined ? '2020-01-01' : spec.start,
        spec.end ?? null,
        spec.noticeDays ?? null,
        spec.cadenceMonths === undefined ? 12 : spec.cadenceMonths,
        spec.lastReview ?? null,
        spec.nextReview === undefined ? '2099-01-01' : spec.nextReview,
        spec.status ?? 'agreed',
        stamp,
        stamp,
      );
    for (const service of spec.services ?? []) {
      this.db
        .prepare('INSERT INTO agreement_service (agreement_id, service_id) VALUES (?, ?)')
        .run(ref.id, service.id);
    }
    return ref;
  }

  target(spec: TargetSpec): Ref {
    const ref = { id: randomUUID(), code: spec.code, name: spec.name ?? `Target ${spec.code}` };
    this.db
      .prepare(
        `INSERT INTO target (id, code, agreement_id, service_id, name, metric, comparison, threshold, unit, period,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'availability', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ref.id,
        ref.code,
        spec.agreement.id,
        spec.service?.id ?? null,
        ref.name,
        spec.comparison === undefined ? '>=' : spec.comparison,
        spec.threshold === undefined ? 99.9 : spec.threshold,
        spec.unit ?? '%',
        spec.period === undefined ? 'monthly' : spec.period,
        stamp,
        stamp,
      );
    return ref;
  }

  /** Records values for a target: [period start, value] pairs. */
  measure(target: Ref, values: readonly (readonly [string, number])[]): void {
    const insert = this.db.prepare(
      `INSERT INTO measurement (id, target_id, period_start, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const [periodStart, value] of values)
      insert.run(randomUUID(), target.id, periodStart, value, stamp, stamp);
  }

  review(subject: { agreement: Ref } | { supplier: Ref }, reviewDate: string, code: string): void {
    const isAgreement = 'agreement' in subject;
    this.db
      .prepare(
        `INSERT INTO review (id, code, subject, agreement_id, supplier_id, review_date, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        randomUUID(),
        code,
        isAgreement ? 'agreement' : 'supplier',
        isAgreement ? subject.agreement.id : null,
        isAgreement ? null : subject.supplier.id,
        reviewDate,
        stamp,
        stamp,
      );
  }

  close(): void {
    this.db.close();
  }
}

/** A record as a finding names it. */
export function named(register: string, ref: Ref) {
  return { register, id: ref.id, code: ref.code, name: ref.name };
}
