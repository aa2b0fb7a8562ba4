import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChangeLog } from '../../../src-main/core/change-log/change-log';
import { createSampleWorkspace } from '../../../src-main/core/sample/create-sample-workspace';
import { openHarnessOn, useSharedTempDir, type Harness } from '../registers/api-harness';

/** The sample is made "on" this day, so every relative date below is known. */
const now = new Date('2026-03-10T09:30:00Z');
const today = '2026-03-10';
const latestPeriod = '2026-02-01';
const eighteenMonths = Array.from({ length: 18 }, (_, index) => {
  const month = new Date(Date.UTC(2024, 8 + index, 1));
  return month.toISOString().slice(0, 10);
});

describe('the sample workspace registers', () => {
  const sharedDir = useSharedTempDir();
  let h: Harness;
  let creationMs: number;

  beforeAll(async () => {
    const file = path.join(sharedDir(), 'harbourline.clausebook');
    const started = performance.now();
    const { workspace } = await createSampleWorkspace(file, now);
    creationMs = performance.now() - started;
    console.log(`sample workspace created in ${creationMs.toFixed(0)} ms`);
    workspace.close();
    h = await openHarnessOn(file);
  });
  afterAll(() => h?.close());

  const all = { today, limit: 500 } as const;
  const rows = <T>(sql: string, ...params: unknown[]) =>
    h
      .db()
      .prepare(sql)
      .all(...params) as T[];
  const count = (sql: string, ...params: unknown[]) =>
    h
      .db()
      .prepare(sql)
      .pluck()
      .get(...params) as number;

  it('has a portfolio of live, pipeline and retired services, the live ones catalogued', async () => {
    const services = (await h.call('services.list', all)).rows;
    expect(services.length).toBeGreaterThanOrEqual(20);
    const inLifecycle = (lifecycle: string) => services.filter((service) => service.lifecycle === lifecycle);
    expect(inLifecycle('pipeline').length).toBeGreaterThanOrEqual(1);
    expect(inLifecycle('retired').length).toBeGreaterThanOrEqual(1);
    for (const service of services) {
      expect(service.owner, service.code).not.toBe('');
      expect(service.inCatalogue, service.code).toBe(service.lifecycle === 'live');
    }
    for (const service of inLifecycle('live')) {
      const record = await h.call('services.get', { id: service.id });
      expect(record.catalogue.offerings, service.code).not.toBe('');
      expect(record.catalogue.availabilityHours, service.code).not.toBe('');
      expect(record.components.length, service.code).toBeGreaterThan(0);
    }
    expect(new Set(services.map((service) => service.criticality))).toEqual(
      new Set(['low', 'medium', 'high', 'critical']),
    );
    expect(count('SELECT count(*) FROM service_dependency')).toBeGreaterThanOrEqual(20);
    // 8.2.3: parts operated by external suppliers, internal suppliers and the customer acting as a supplier.
    const operators = rows<{ kind: string }>(
      `SELECT DISTINCT s.kind FROM service_component c JOIN supplier s ON s.id = c.operated_by_supplier_id`,
    ).map((row) => row.kind);
    expect(new Set(operators)).toEqual(new Set(['external', 'internal', 'customer']));
  });

  it('has external and internal customers with contacts, satisfaction and complaints', async () => {
    const customers = (await h.call('customers.list', all)).rows;
    expect(customers).toHaveLength(12);
    expect(new Set(customers.map((customer) => customer.kind))).toEqual(new Set(['external', 'internal']));
    for (const customer of customers) {
      const record = await h.call('customers.get', { id: customer.id });
      expect(record.contacts.length, customer.code).toBeGreaterThan(0);
      expect(record.satisfaction.length, customer.code).toBeGreaterThan(0);
      expect(customer.relationshipManager, customer.code).not.toBe('');
    }
    expect(customers.some((customer) => customer.openComplaints > 0)).toBe(true);
    expect(count("SELECT count(*) FROM customer_complaint WHERE status = 'closed'")).toBeGreaterThan(0);
    // Survey dates lie in the past, within the last 18 months.
    const surveyed = rows<{ first: string; last: string }>(
      'SELECT min(measured_on) AS first, max(measured_on) AS last FROM customer_satisfaction',
    )[0]!;
    expect(surveyed.first >= eighteenMonths[0]!).toBe(true);
    expect(surveyed.last < today).toBe(true);
  });

  it('has suppliers of all three kinds, each providing services, with roles and evaluations', async () => {
    const suppliers = (await h.call('suppliers.list', all)).rows;
    expect(new Set(suppliers.map((supplier) => supplier.kind))).toEqual(
      new Set(['external', 'internal', 'customer']),
    );
    for (const supplier of suppliers) {
      const record = await h.call('suppliers.get', { id: supplier.id });
      expect(record.providesServiceIds.length, supplier.code).toBeGreaterThan(0);
      expect(record.raci.length, supplier.code).toBeGreaterThan(0);
      expect(record.contacts.length, supplier.code).toBeGreaterThan(0);
      if (record.kind === 'external') expect(record.evaluations.length, supplier.code).toBeGreaterThan(0);
      if (record.kind === 'customer') {
        // The customer acting as a supplier is also a customer with an SLA.
        const customer = await h.call('customers.get', { id: record.customerId! });
        const slas = (await h.call('agreements.list', { ...all, filters: { type: 'sla' } })).rows;
        expect(slas.some((sla) => sla.counterparty === customer.name)).toBe(true);
      }
    }
    expect(suppliers.filter((supplier) => supplier.reviewOverdue).length).toBeGreaterThanOrEqual(2);
    // An internal supplier with no OLA: the gap a readiness check must find (8.3.4.2).
    const withoutAgreement = suppliers.filter(
      (supplier) => supplier.kind === 'internal' && supplier.agreementCount === 0,
    );
    expect(withoutAgreement).toHaveLength(1);
  });

  it('has agreements of every type with the right counterparties, one expired and one ending soon', async () => {
    const agreements = (await h.call('agreements.list', all)).rows;
    expect(new Set(agreements.map((agreement) => agreement.type))).toEqual(
      new Set(['sla', 'ola', 'contract', 'other']),
    );
    const kinds = rows<{ type: string; customer_kind: string | null; supplier_kind: string | null }>(
      `SELECT a.type, c.kind AS customer_kind, s.kind AS supplier_kind FROM agreement a
       LEFT JOIN customer c ON c.id = a.customer_id LEFT JOIN supplier s ON s.id = a.supplier_id`,
    );
    const pairs = new Set(
      kinds.map((row) => `${row.type}:${row.customer_kind ?? '-'}:${row.supplier_kind ?? '-'}`),
    );
    expect(pairs).toEqual(
      new Set([
        'sla:external:-',
        'sla:internal:-',
        'ola:-:internal',
        'ola:-:customer',
        'contract:-:external',
        'other:internal:-',
        'other:external:-',
      ]),
    );
    const expired = agreements.filter((agreement) => agreement.daysToEnd !== null && agreement.daysToEnd < 0);
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ type: 'contract', status: 'expired' });
    const endingSoon = (await h.call('agreements.list', { ...all, filters: { endingSoon: 'yes' } })).rows;
    expect(endingSoon).toHaveLength(1);
    expect(endingSoon[0]!.type).toBe('contract');
    expect(endingSoon[0]!.daysToEnd).toBeLessThanOrEqual(60);
    const overdue = agreements.filter((agreement) => agreement.reviewOverdue);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(agreements.some((agreement) => agreement.status === 'draft')).toBe(true);
  });

  it('has 18 months of measurements, mostly met, with the breaches and gaps an auditor asks about', async () => {
    const monthly = rows<{ code: string; periods: string }>(
      `SELECT t.code, group_concat(m.period_start) AS periods FROM target t
       JOIN measurement m ON m.target_id = t.id WHERE t.period = 'monthly'
       GROUP BY t.id ORDER BY t.code`,
    );
    const complete = monthly.filter((target) => target.periods === eighteenMonths.join(','));
    // All but the target of the expired contract were reported every month up to last month.
    expect(complete.length).toBe(monthly.length - 1);
    expect(monthly.length).toBeGreaterThan(30);

    const targets = (await h.call('targets.list', all)).rows;
    const breachedNow = targets.filter((target) => target.latestMet === false);
    expect(breachedNow.length).toBeGreaterThanOrEqual(1);
    expect(breachedNow.every((target) => target.latestPeriod === latestPeriod)).toBe(true);

    const verdicts = new Map<string, boolean[]>();
    for (const target of targets) {
      const measured = await h.call('measurements.list', { targetId: target.id });
      verdicts.set(
        target.code,
        measured.filter((m) => m.met !== null).map((m) => m.met === true),
      );
    }
    const judged = [...verdicts.values()].flat();
    expect(judged.filter(Boolean).length / judged.length).toBeGreaterThan(0.95);
    // One target breached in most of the last six months: a trend, not an incident.
    const chronic = [...verdicts.entries()].filter(([, met]) => met.slice(-6).filter((m) => !m).length >= 4);
    expect(chronic).toHaveLength(1);
    // One breached only in the latest month, after a run of met months.
    const fresh = [...verdicts.entries()].filter(
      ([, met]) => met.at(-1) === false && met.slice(0, -1).every(Boolean),
    );
    expect(fresh).toHaveLength(1);

    const never = targets.filter((target) => target.latestPeriod === null);
    expect(never).toHaveLength(1);
    const unmeasurable = (await h.call('targets.list', { ...all, filters: { unmeasurable: 'yes' } })).rows;
    expect(unmeasurable).toHaveLength(1);
    expect(unmeasurable[0]).toMatchObject({ threshold: null, latestMet: null });
    expect(unmeasurable[0]!.latestValue).not.toBeNull();
  });

  it('has agreement and supplier reviews with actions, some overdue, matching the review dates on the records', async () => {
    const reviews = (await h.call('reviews.list', all)).rows;
    expect(new Set(reviews.map((review) => review.subject))).toEqual(new Set(['agreement', 'supplier']));
    expect(count('SELECT count(*) FROM review_action')).toBeGreaterThan(20);
    expect(reviews.filter((review) => review.overdueActions > 0).length).toBeGreaterThanOrEqual(3);
    expect(reviews.every((review) => review.reviewDate < today)).toBe(true);
    const unmatched = rows(
      `SELECT code FROM supplier s WHERE last_review_date IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM review r WHERE r.supplier_id = s.id AND r.review_date = s.last_review_date)`,
    );
    expect(unmatched).toEqual([]);
    const slaUnmatched = rows(
      `SELECT code FROM agreement a WHERE type = 'sla' AND last_review_date IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM review r WHERE r.agreement_id = a.id AND r.review_date = a.last_review_date)`,
    );
    expect(slaUnmatched).toEqual([]);
  });

  it('was written through the core: a sound change log by the sample consultant and a full search index', () => {
    expect(verifyChangeLog(h.db())).toMatchObject({ ok: true, firstBroken: null });
    const actors = rows<{ actor: string }>('SELECT DISTINCT actor FROM change_log');
    expect(actors).toEqual([{ actor: 'Priya Raman' }]);
    const records = count(
      `SELECT (SELECT count(*) FROM service) + (SELECT count(*) FROM customer) + (SELECT count(*) FROM supplier)
        + (SELECT count(*) FROM agreement) + (SELECT count(*) FROM target) + (SELECT count(*) FROM review)`,
    );
    const creates = count("SELECT count(*) FROM change_log WHERE operation = 'create'");
    const checklist = count(
      `SELECT (SELECT count(*) FROM measurement) + (SELECT count(*) FROM evidence) + (SELECT count(*) FROM assessment)
        + (SELECT count(*) FROM finding)`,
    );
    expect(creates).toBe(records + checklist);
    expect(count("SELECT count(*) FROM change_log WHERE operation = 'delete'")).toBe(0);
    expect(count('SELECT count(*) FROM record_search')).toBe(records);
    expect(h.db().pragma('foreign_key_check')).toEqual([]);
  });
});
