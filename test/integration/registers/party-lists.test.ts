import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../src-main/api/contract';
import { openHarness, useSharedTempDir, type Harness } from './api-harness';
import { buildListDataset, today, type ListDataset } from './list-dataset';

type ListOptions = Partial<MethodInput<'services.list'>>;

describe('the service, customer and supplier lists', () => {
  const sharedDir = useSharedTempDir();
  let h: Harness;
  let d: ListDataset;

  beforeAll(async () => {
    h = await openHarness(sharedDir());
    d = await buildListDataset(h);
  });
  afterAll(() => h.close());

  const services = (options: ListOptions = {}) => h.call('services.list', { today, ...options });
  const codes = (page: { rows: { code: string }[] }) => page.rows.map((row) => row.code);

  it('finds services by code, by name prefix and by description word, and only services', async () => {
    expect(codes(await services({ search: d.services.payroll.code }))).toEqual([d.services.payroll.code]);
    // "Backup Brothers Ltd" is a customer: the services search does not find it.
    expect(codes(await services({ search: 'backu' }))).toEqual([d.services.backup.code]);
    expect(codes(await services({ search: 'vault' }))).toEqual([d.services.backup.code]);
    expect(codes(await services({ search: 'routing switching' }))).toEqual([d.services.network.code]);
    expect((await services({ search: 'routing mail' })).total).toBe(0);
    // What the user types is never FTS syntax.
    expect((await services({ search: '"back* OR (NEAR' })).total).toBe(0);
    expect((await services({ search: '  --  ' })).total).toBe(5);
  });

  it('filters services by lifecycle, criticality, catalogue and agreement, and refuses unknown filters', async () => {
    const { network, backup, payroll, legacy, desk } = d.services;
    const cases: [Record<string, string>, string[]][] = [
      [{ lifecycle: 'live' }, [network.code, backup.code, desk.code]],
      [{ lifecycle: 'pipeline' }, [payroll.code]],
      [{ lifecycle: 'retired' }, [legacy.code]],
      [{ criticality: 'critical' }, [network.code, desk.code]],
      [{ inCatalogue: 'yes' }, [network.code, backup.code, desk.code]],
      [{ inCatalogue: 'no' }, [payroll.code, legacy.code]],
      [{ withoutAgreement: 'yes' }, [payroll.code, legacy.code]],
      [{ withoutAgreement: 'no', criticality: 'critical' }, [network.code, desk.code]],
    ];
    for (const [filters, expected] of cases) {
      const page = await services({ filters });
      expect(codes(page), JSON.stringify(filters)).toEqual(expected);
      expect(page.total, JSON.stringify(filters)).toBe(expected.length);
    }
    for (const filters of [{ colour: 'red' }, { lifecycle: 'dead' }, { inCatalogue: 'maybe' }]) {
      expect((await h.failure('services.list', { filters })).code).toBe('VALIDATION');
    }
    expect((await h.failure('services.list', { sort: { by: 'colour' } })).code).toBe('VALIDATION');
  });

  it('sorts services and pages through them with the full total', async () => {
    const byName = await services({ sort: { by: 'name', direction: 'asc' } });
    expect(byName.rows.map((row) => row.name)).toEqual([
      'Core Network',
      'Legacy Mail',
      'Managed Backup',
      'Payroll Hosting',
      'Service Desk',
    ]);
    const byNameDesc = await services({ sort: { by: 'name', direction: 'desc' } });
    expect(byNameDesc.rows.map((row) => row.name)).toEqual([...byName.rows.map((row) => row.name)].reverse());
    const byCriticality = await services({ sort: { by: 'criticality', direction: 'asc' } });
    expect(byCriticality.rows.map((row) => row.criticality)).toEqual([
      'critical',
      'critical',
      'high',
      'medium',
      'low',
    ]);
    const byAgreements = await services({ sort: { by: 'agreements', direction: 'desc' } });
    expect(byAgreements.rows.map((row) => row.agreementCount)).toEqual([1, 1, 1, 0, 0]);

    const page = await services({ offset: 2, limit: 2 });
    expect(page).toMatchObject({ total: 5 });
    expect(codes(page)).toEqual([d.services.payroll.code, d.services.legacy.code]);
    expect(codes(await services({ offset: 4, limit: 2 }))).toEqual([d.services.desk.code]);
    expect(await services({ offset: 10 })).toEqual({ total: 5, rows: [] });
  });

  it('shows for each service its customers, agreements and targets breached in the latest period', async () => {
    const rows = (await services()).rows;
    const row = (code: string) => rows.find((candidate) => candidate.code === code)!;
    expect(row(d.services.backup.code)).toMatchObject({
      agreementCount: 1,
      breachedTargets: 1,
      inCatalogue: true,
    });
    expect(row(d.services.desk.code)).toMatchObject({
      customerCount: 2,
      agreementCount: 1,
      breachedTargets: 0,
    });
    expect(row(d.services.network.code)).toMatchObject({ agreementCount: 1, breachedTargets: 0 });
  });

  it('lists customers with open complaints, latest satisfaction and whether they have an SLA', async () => {
    const { brothers, finance, acme } = d.customers;
    const all = await h.call('customers.list', { today });
    expect(all.rows.find((row) => row.id === brothers.id)).toMatchObject({
      kind: 'external',
      openComplaints: 2,
      latestSatisfaction: 3.1,
      serviceCount: 1,
      agreementCount: 0,
    });
    expect(all.rows.find((row) => row.id === finance.id)).toMatchObject({
      latestSatisfaction: null,
      openComplaints: 0,
    });
    const codesOf = (page: { rows: { code: string }[] }) => page.rows.map((row) => row.code);
    expect(codesOf(await h.call('customers.list', { filters: { kind: 'internal' } }))).toEqual([
      finance.code,
    ]);
    expect(codesOf(await h.call('customers.list', { filters: { withoutSla: 'yes' } }))).toEqual([
      brothers.code,
      finance.code,
    ]);
    expect(codesOf(await h.call('customers.list', { search: 'brothers' }))).toEqual([brothers.code]);
    expect(
      codesOf(await h.call('customers.list', { sort: { by: 'openComplaints', direction: 'desc' } }))[0],
    ).toBe(brothers.code);
    expect(codesOf(await h.call('customers.list', { sort: { by: 'name' } }))).toEqual([
      acme.code,
      brothers.code,
      finance.code,
    ]);
  });

  it('lists suppliers of each kind with review overdue judged against the given day', async () => {
    const { colo, security, techs } = d.suppliers;
    const all = await h.call('suppliers.list', { today });
    expect(all.rows.map((row) => [row.code, row.kind, row.reviewOverdue, row.agreementCount])).toEqual([
      [colo.code, 'external', true, 1],
      [security.code, 'internal', false, 1],
      [techs.code, 'customer', false, 0],
    ]);
    const codesOf = (page: { rows: { code: string }[] }) => page.rows.map((row) => row.code);
    for (const [kind, supplier] of [
      ['external', colo],
      ['internal', security],
      ['customer', techs],
    ] as const) {
      expect(codesOf(await h.call('suppliers.list', { today, filters: { kind } }))).toEqual([supplier.code]);
    }
    expect(codesOf(await h.call('suppliers.list', { today, filters: { reviewOverdue: 'yes' } }))).toEqual([
      colo.code,
    ]);
    expect(codesOf(await h.call('suppliers.list', { today, filters: { riskRating: 'low' } }))).toEqual([
      security.code,
    ]);
    // The day after Group Security's review date, it too is overdue.
    const tomorrow = await h.call('suppliers.list', {
      today: '2026-06-16',
      filters: { reviewOverdue: 'yes' },
    });
    expect(codesOf(tomorrow)).toEqual([colo.code, security.code]);
    const byRisk = await h.call('suppliers.list', { today, sort: { by: 'riskRating' } });
    expect(byRisk.rows.map((row) => row.riskRating)).toEqual(['high', 'medium', 'low']);
    const byReview = await h.call('suppliers.list', {
      today,
      sort: { by: 'nextReviewDate', direction: 'desc' },
    });
    // Suppliers with no review date sort last either way.
    expect(codesOf(byReview)).toEqual([security.code, colo.code, techs.code]);
  });
});
