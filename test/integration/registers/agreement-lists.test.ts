import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, useSharedTempDir, type Harness } from './api-harness';
import { buildListDataset, today, type ListDataset } from './list-dataset';

const codesOf = (page: { rows: { code: string }[] }) => page.rows.map((row) => row.code);

describe('the agreement, target and review lists', () => {
  const sharedDir = useSharedTempDir();
  let h: Harness;
  let d: ListDataset;

  beforeAll(async () => {
    h = await openHarness(sharedDir());
    d = await buildListDataset(h);
  });
  afterAll(() => h.close());

  it('shows for each agreement its counterparty, days to its end, review status and breached targets', async () => {
    const { sla, ola, contract, mou } = d.agreements;
    const page = await h.call('agreements.list', { today });
    expect(
      page.rows.map((row) => [
        row.code,
        row.type,
        row.counterparty,
        row.daysToEnd,
        row.reviewOverdue,
        row.targetCount,
        row.breachedTargets,
      ]),
    ).toEqual([
      [sla.code, 'sla', 'Acme Retail', 47, true, 3, 1],
      [ola.code, 'ola', 'Group Security', null, false, 1, 0],
      [contract.code, 'contract', 'Colo North', -15, false, 1, 0],
      [mou.code, 'other', 'Group Finance', 25, false, 0, 0],
    ]);
    // The same agreements a month later: the SLA is 17 days from its end.
    const later = await h.call('agreements.list', { today: '2026-07-15', filters: { type: 'sla' } });
    expect(later.rows[0]).toMatchObject({ daysToEnd: 17, reviewOverdue: true });
  });

  it('filters agreements by type, status, overdue review, ending within 60 days and ended', async () => {
    const { sla, ola, contract, mou } = d.agreements;
    const cases: [Record<string, string>, string[]][] = [
      [{ type: 'sla' }, [sla.code]],
      [{ type: 'ola' }, [ola.code]],
      [{ type: 'contract' }, [contract.code]],
      [{ type: 'other' }, [mou.code]],
      [{ status: 'expired' }, [contract.code]],
      [{ status: 'draft' }, [mou.code]],
      [{ reviewOverdue: 'yes' }, [sla.code]],
      // A draft ending soon is not an agreement about to lapse; an ended one is past that.
      [{ endingSoon: 'yes' }, [sla.code]],
      [{ ended: 'yes' }, [contract.code]],
      [{ ended: 'no', type: 'sla' }, [sla.code]],
    ];
    for (const [filters, expected] of cases) {
      expect(codesOf(await h.call('agreements.list', { today, filters })), JSON.stringify(filters)).toEqual(
        expected,
      );
    }
    expect(codesOf(await h.call('agreements.list', { today, search: 'colo' }))).toEqual([contract.code]);
    const byEnd = await h.call('agreements.list', { today, sort: { by: 'endDate', direction: 'asc' } });
    expect(codesOf(byEnd)).toEqual([contract.code, mou.code, sla.code, ola.code]);
    const byCounterparty = await h.call('agreements.list', { today, sort: { by: 'counterparty' } });
    expect(byCounterparty.rows.map((row) => row.counterparty)).toEqual([
      'Acme Retail',
      'Colo North',
      'Group Finance',
      'Group Security',
    ]);
  });

  it('shows for each target its latest measurement and whether that met it', async () => {
    const { availability, response, satisfaction, storage, power } = d.targets;
    const page = await h.call('targets.list', { today });
    expect(page.rows.map((row) => [row.code, row.latestPeriod, row.latestValue, row.latestMet])).toEqual([
      [availability.code, '2026-05-01', 99.5, false],
      [response.code, '2026-05-01', 10, true],
      [satisfaction.code, null, null, null],
      [storage.code, '2026-05-01', 12, null],
      [power.code, '2026-05-01', 100, true],
    ]);
    expect(page.rows[0]).toMatchObject({
      agreementCode: d.agreements.sla.code,
      serviceName: 'Managed Backup',
    });
  });

  it('filters targets by metric, agreement, service, breach and measurability', async () => {
    const { availability, response, satisfaction, storage, power } = d.targets;
    const cases: [Record<string, string>, string[]][] = [
      [{ metric: 'response_time' }, [response.code]],
      [{ metric: 'availability' }, [availability.code, power.code]],
      [{ agreementId: d.agreements.sla.id }, [availability.code, response.code, satisfaction.code]],
      [{ serviceId: d.services.network.id }, [power.code]],
      [{ breached: 'yes' }, [availability.code]],
      [{ breached: 'no', agreementId: d.agreements.sla.id }, [response.code, satisfaction.code]],
      [{ unmeasurable: 'yes' }, [storage.code]],
    ];
    for (const [filters, expected] of cases) {
      expect(codesOf(await h.call('targets.list', { today, filters })), JSON.stringify(filters)).toEqual(
        expected,
      );
    }
    expect(codesOf(await h.call('targets.list', { search: 'availability' }))).toEqual([
      availability.code,
      power.code,
    ]);
    const byService = await h.call('targets.list', { sort: { by: 'service' } });
    expect(byService.rows.map((row) => row.serviceName)).toEqual([
      'Core Network',
      'Managed Backup',
      'Service Desk',
      null,
      null,
    ]);
  });

  it('lists reviews with their subject and open and overdue actions', async () => {
    const { slaReview, coloReview, contractReview } = d.reviews;
    const page = await h.call('reviews.list', { today });
    // Oldest review first by default.
    expect(
      page.rows.map((row) => [
        row.code,
        row.subject,
        row.subjectCode,
        row.subjectName,
        row.openActions,
        row.overdueActions,
      ]),
    ).toEqual([
      [contractReview.code, 'agreement', d.agreements.contract.code, 'Colo North contract', 0, 0],
      [slaReview.code, 'agreement', d.agreements.sla.code, 'Acme Hosting SLA', 2, 1],
      [coloReview.code, 'supplier', d.suppliers.colo.code, 'Colo North', 0, 0],
    ]);
    const cases: [Record<string, string>, string[]][] = [
      [{ subject: 'supplier' }, [coloReview.code]],
      [{ agreementId: d.agreements.sla.id }, [slaReview.code]],
      [{ supplierId: d.suppliers.colo.id }, [coloReview.code]],
      [{ overdueActions: 'yes' }, [slaReview.code]],
    ];
    for (const [filters, expected] of cases) {
      expect(codesOf(await h.call('reviews.list', { today, filters })), JSON.stringify(filters)).toEqual(
        expected,
      );
    }
    // Before the open action fell due, nothing was overdue.
    expect(
      (await h.call('reviews.list', { today: '2026-05-31', filters: { overdueActions: 'yes' } })).total,
    ).toBe(0);
    const bySubject = await h.call('reviews.list', { today, sort: { by: 'subject', direction: 'desc' } });
    expect(bySubject.rows.map((row) => row.subjectName)).toEqual([
      'Colo North contract',
      'Colo North',
      'Acme Hosting SLA',
    ]);
  });
});
